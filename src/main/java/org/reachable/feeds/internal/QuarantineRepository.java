package org.reachable.feeds.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reachable.feeds.QuarantinedRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Quarantined records: kept until corrected and re-submitted, never deleted. */
@Repository
public class QuarantineRepository {

    private static final TypeReference<List<QuarantinedRecord.Problem>> PROBLEMS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ObjectMapper json;

    QuarantineRepository(JdbcClient jdbc, JdbcTemplate batch, ObjectMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    public void insertAll(List<QuarantinedRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                        insert into feeds_quarantine (id, import_id, organisation_id, source_system, file_name, line,
                                                      reference, problems, raw_format, raw_text, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""",
                records.stream().map(r -> new Object[] {r.id(), r.importId(), r.organisationId(), r.sourceSystem(),
                        r.fileName(), r.line(), r.reference(), toJson(r.problems()), r.rawFormat(),
                        withoutNul(r.rawText()), Timestamp.from(r.createdAt())}).toList());
    }

    public List<QuarantinedRecord> open(int limit) {
        return jdbc.sql("select * from feeds_quarantine where status = 'OPEN' order by created_at desc, line limit :n")
                .param("n", limit).query(this::record).list();
    }

    public long countOpen() {
        return jdbc.sql("select count(*) from feeds_quarantine where status = 'OPEN'").query(Long.class).single();
    }

    public List<QuarantinedRecord> forImport(UUID importId, int limit) {
        return jdbc.sql("select * from feeds_quarantine where import_id = :id order by line limit :n")
                .param("id", importId).param("n", limit).query(this::record).list();
    }

    public Optional<QuarantinedRecord> find(UUID id) {
        return jdbc.sql("select * from feeds_quarantine where id = :id").param("id", id).query(this::record)
                .optional();
    }

    /** Marks the record re-submitted; false if someone else changed it since {@code version} was read. */
    public boolean resolve(UUID id, int version, UUID eventId, UUID by, Instant at) {
        return jdbc.sql("""
                        update feeds_quarantine set status = 'RESUBMITTED', event_id = :event, resolved_by = :by,
                               resolved_at = :at, version = version + 1
                        where id = :id and version = :version and status = 'OPEN'""")
                .param("id", id).param("version", version).param("event", eventId).param("by", by)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    /** Keeps a correction that still breaks rules, with the new reasons, so the work is not lost. */
    public boolean correct(UUID id, int version, String rawFormat, String rawText,
                           List<QuarantinedRecord.Problem> problems) {
        return jdbc.sql("""
                        update feeds_quarantine set raw_format = :format, raw_text = :raw,
                               problems = cast(:problems as jsonb), version = version + 1
                        where id = :id and version = :version and status = 'OPEN'""")
                .param("id", id).param("version", version).param("format", rawFormat)
                .param("raw", withoutNul(rawText)).param("problems", toJson(problems)).update() == 1;
    }

    private QuarantinedRecord record(ResultSet rs, int row) throws SQLException {
        Long line = rs.getObject("line", Long.class);
        return new QuarantinedRecord(rs.getObject("id", UUID.class), rs.getObject("import_id", UUID.class),
                rs.getObject("organisation_id", UUID.class), rs.getString("source_system"),
                rs.getString("file_name"), line, rs.getString("reference"),
                fromJson(rs.getString("problems")), rs.getString("raw_format"), rs.getString("raw_text"),
                QuarantinedRecord.Status.valueOf(rs.getString("status")), rs.getObject("event_id", UUID.class),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
    }

    /** PostgreSQL text cannot hold NUL; a binary file's bytes are kept readable instead. */
    private static String withoutNul(String text) {
        return text == null ? "" : text.replace('\u0000', '\uFFFD');
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Quarantine problems cannot be written as JSON", e);
        }
    }

    private List<QuarantinedRecord.Problem> fromJson(String text) {
        try {
            return json.readValue(text, PROBLEMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored quarantine problems are not valid JSON", e);
        }
    }
}
