package org.reachable.access.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.reachable.access.AuditAction;
import org.reachable.access.AuditEntry;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

@Repository
class AuditRepository {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JdbcTemplate streaming;
    private final JdbcTemplate batch;

    AuditRepository(JdbcClient jdbc, TransactionTemplate transaction, DataSource dataSource) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(5_000);
        this.batch = new JdbcTemplate(dataSource);
    }

    /** Chains and writes the entries in one transaction, holding the chain head's row lock while it does. */
    void appendAll(List<AuditEntry> entries) {
        transaction.executeWithoutResult(status -> {
            Map<String, Object> head = jdbc.sql("select last_seq, last_hash from access_audit_head where id = 1 for update")
                    .query().singleRow();
            long seq = ((Number) head.get("last_seq")).longValue();
            String hash = (String) head.get("last_hash");
            List<Object[]> rows = new ArrayList<>(entries.size());
            for (AuditEntry entry : entries) {
                seq++;
                AuditEntry numbered = new AuditEntry(seq, entry.at(), entry.actorId(), entry.actorName(),
                        entry.actorRole(), entry.action(), entry.allowed(), entry.personId(), entry.resource(),
                        entry.purpose(), entry.legalBasis());
                String previous = hash;
                hash = AuditHash.of(numbered, previous);
                rows.add(row(numbered, previous, hash));
            }
            // One batch, not a round trip per row: a batch import appends a thousand rows at a time.
            batch.batchUpdate("""
                    insert into access_audit (seq, at, actor_id, actor_name, actor_role, action, outcome, person_id,
                                              resource, purpose, legal_basis, previous_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
            jdbc.sql("update access_audit_head set last_seq = :seq, last_hash = :hash where id = 1")
                    .param("seq", seq).param("hash", hash).update();
        });
    }

    private static Object[] row(AuditEntry e, String previousHash, String hash) {
        return new Object[] {e.seq(), Timestamp.from(e.at()), e.actorId(), e.actorName(), e.actorRole(),
                e.action().name(), e.allowed() ? "ALLOWED" : "DENIED", e.personId(), e.resource(), e.purpose(),
                e.legalBasis(), previousHash, hash};
    }

    List<AuditEntry> forPerson(UUID personId, int limit) {
        return jdbc.sql("select * from access_audit where person_id = :personId order by seq desc limit :limit")
                .param("personId", personId).param("limit", limit)
                .query(AuditRepository::entry).list();
    }

    /** Streams every row in chain order with its stored hashes, for verification. */
    void eachInOrder(Consumer<StoredRow> consumer) {
        // Inside a transaction so the driver streams rows with a cursor instead of loading the whole log.
        transaction.executeWithoutResult(status -> streaming.query("select * from access_audit order by seq",
                rs -> {
                    consumer.accept(new StoredRow(entry(rs, 0), rs.getString("previous_hash"), rs.getString("hash")));
                }));
    }

    Map<String, Object> head() {
        return jdbc.sql("select last_seq, last_hash from access_audit_head where id = 1").query().singleRow();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), rs.getString("actor_role"),
                AuditAction.valueOf(rs.getString("action")), "ALLOWED".equals(rs.getString("outcome")),
                rs.getObject("person_id", UUID.class), rs.getString("resource"), rs.getString("purpose"),
                rs.getString("legal_basis"));
    }

    record StoredRow(AuditEntry entry, String previousHash, String hash) {
    }
}
