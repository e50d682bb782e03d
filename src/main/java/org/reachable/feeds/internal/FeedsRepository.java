package org.reachable.feeds.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /**
     * Claims a source reference for this transaction. False when it was already received: the primary key makes a
     * concurrent duplicate wait for the first to commit and then lose, so the check and the claim are one step.
     */
    public boolean claim(String system, String ref, UUID organisationId, UUID eventId, Instant at) {
        return jdbc.sql("""
                        insert into feeds_receipt (source_system, source_ref, organisation_id, event_id, received_at)
                        values (:system, :ref, :org, :event, :at) on conflict do nothing""")
                .param("system", system).param("ref", ref).param("org", organisationId).param("event", eventId)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    public void complete(String system, String ref, UUID personId, LinkOutcome outcome, double probability) {
        jdbc.sql("""
                        update feeds_receipt set person_id = :person, link_outcome = :outcome, probability = :p
                        where source_system = :system and source_ref = :ref""")
                .param("system", system).param("ref", ref).param("person", personId)
                .param("outcome", outcome.name()).param("p", probability).update();
    }

    public Optional<Receipt> receipt(String system, String ref) {
        return jdbc.sql("select * from feeds_receipt where source_system = :system and source_ref = :ref")
                .param("system", system).param("ref", ref).query(FeedsRepository::receipt).optional();
    }

    /** Which of these (system, reference) pairs were already received, as "system\u0000reference". */
    public Set<String> alreadyReceived(List<String> systems, List<String> refs) {
        Set<String> found = new HashSet<>();
        if (refs.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select source_system, source_ref from feeds_receipt
                        where (source_system, source_ref) in (
                            select * from unnest(cast(:systems as text[]), cast(:refs as text[])))""")
                .param("systems", systems.toArray(String[]::new)).param("refs", refs.toArray(String[]::new))
                .query((rs, n) -> found.add(key(rs.getString(1), rs.getString(2)))).list();
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
