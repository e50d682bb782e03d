package org.reachable.feeds.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.identity.LinkOutcome;
import org.reachable.platform.database.BulkCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Receipts: what was received under each source reference, and what became of it. */
@Repository
public class FeedsRepository {

    private final JdbcClient jdbc;
    private final BulkCopy bulk;

    FeedsRepository(JdbcClient jdbc, BulkCopy bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    public record Receipt(String sourceSystem, String sourceRef, UUID organisationId, UUID eventId, UUID personId,
                          LinkOutcome outcome, double probability, UUID importId, Instant receivedAt) {
    }

    /** The receipts of those of these records received before, by {@link #key}. One query for a whole batch. */
    public Map<String, Receipt> received(List<RecordChecker.Accepted> records) {
        Map<String, Receipt> found = new HashMap<>();
        if (records.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select * from feeds_receipt
                        where (source_system, source_ref) in (
                            select * from unnest(cast(:systems as text[]), cast(:refs as text[])))""")
                .param("systems", records.stream().map(RecordChecker.Accepted::sourceSystem).toArray(String[]::new))
                .param("refs", records.stream().map(RecordChecker.Accepted::reference).toArray(String[]::new))
                .query(FeedsRepository::receipt)
                .list().forEach(r -> found.put(key(r.sourceSystem(), r.sourceRef()), r));
        return found;
    }

    public void insertAll(List<Receipt> receipts) {
        bulk.copy("""
                        copy feeds_receipt (source_system, source_ref, organisation_id, event_id, person_id,
                                            link_outcome, probability, import_id, received_at)
                        from stdin (format csv)""",
                () -> receipts.stream().map(r -> new Object[] {r.sourceSystem(), r.sourceRef(), r.organisationId(),
                        r.eventId(), r.personId(), r.outcome().name(), r.probability(), r.importId(),
                        r.receivedAt()}).iterator());
    }

    public long countForImport(UUID importId) {
        return jdbc.sql("select count(*) from feeds_receipt where import_id = :id").param("id", importId)
                .query(Long.class).single();
    }

    public static String key(String system, String ref) {
        return system + "\u0000" + ref;
    }

    private static Receipt receipt(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("link_outcome");
        return new Receipt(rs.getString("source_system"), rs.getString("source_ref"),
                rs.getObject("organisation_id", UUID.class), rs.getObject("event_id", UUID.class),
                rs.getObject("person_id", UUID.class), outcome == null ? null : LinkOutcome.valueOf(outcome),
                rs.getDouble("probability"), rs.getObject("import_id", UUID.class),
                rs.getTimestamp("received_at").toInstant());
    }
}
