package org.reachable.chronology.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.chronology.EventType;
import org.reachable.chronology.Sensitivity;
import org.reachable.chronology.Submission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contributors' submissions. */
@Repository
public class SubmissionRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    SubmissionRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public record Row(UUID id, UUID submittedBy, Instant submittedAt, String givenNames, String familyName,
                      LocalDate dateOfBirth, String nhsNumber, String upn, EventType type, Instant occurredAt,
                      String summary, String childWords, Sensitivity sensitivity, Map<String, String> details,
                      Submission.Status status, UUID personId, UUID eventId) {
    }

    public void insert(Row r) {
        try {
            jdbc.sql("""
                            insert into chronology_submission (id, submitted_by, submitted_at, given_names, family_name,
                                date_of_birth, nhs_number, upn, event_type, occurred_at, summary, child_words,
                                sensitivity, details, status, person_id, event_id)
                            values (:id, :by, :at, :given, :family, :dob, :nhs, :upn, :type, :occurred, :summary,
                                :words, :sensitivity, cast(:details as jsonb), :status, :person, :event)""")
                    .param("id", r.id()).param("by", r.submittedBy()).param("at", Timestamp.from(r.submittedAt()))
                    .param("given", r.givenNames()).param("family", r.familyName())
                    .param("dob", Date.valueOf(r.dateOfBirth())).param("nhs", r.nhsNumber()).param("upn", r.upn())
                    .param("type", r.type().code()).param("occurred", Timestamp.from(r.occurredAt()))
                    .param("summary", r.summary()).param("words", r.childWords())
                    .param("sensitivity", r.sensitivity().name()).param("details", json.writeValueAsString(r.details()))
                    .param("status", r.status().name()).param("person", r.personId()).param("event", r.eventId())
                    .update();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Submission details cannot be written as JSON", e);
        }
    }

    public List<Row> by(UUID userId, int limit) {
        return jdbc.sql("""
                        select * from chronology_submission where submitted_by = :u
                        order by submitted_at desc limit :limit""")
                .param("u", userId).param("limit", limit)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("submitted_by", UUID.class),
                        rs.getTimestamp("submitted_at").toInstant(), rs.getString("given_names"),
                        rs.getString("family_name"), rs.getDate("date_of_birth").toLocalDate(),
                        rs.getString("nhs_number"), rs.getString("upn"),
                        EventType.fromCode(rs.getString("event_type")).orElseThrow(),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("summary"),
                        rs.getString("child_words"), Sensitivity.valueOf(rs.getString("sensitivity")), Map.of(),
                        Submission.Status.valueOf(rs.getString("status")), rs.getObject("person_id", UUID.class),
                        rs.getObject("event_id", UUID.class)))
                .list();
    }
}
