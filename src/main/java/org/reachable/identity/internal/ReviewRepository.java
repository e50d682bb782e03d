package org.reachable.identity.internal;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review queue, merges and unmerges. */
@Repository
public class ReviewRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ReviewRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public record ReviewRow(UUID id, UUID incomingId, UUID candidateId, double probability, List<String> evidence,
                            String source, Instant createdAt, String status) {
    }

    public record MergeRow(UUID id, UUID survivorId, UUID mergedId, String reason, Instant mergedAt,
                           String unmergeReason, Instant unmergedAt) {
    }

    public List<ReviewRow> open(int limit) {
        return jdbc.sql("""
                        select id, incoming_person_id, candidate_person_id, probability, evidence, source, created_at,
                               status
                        from identity_match_review where status = 'OPEN' order by created_at limit :limit""")
                .param("limit", limit).query(this::review).list();
    }

    public Optional<ReviewRow> find(UUID id) {
        return jdbc.sql("""
                        select id, incoming_person_id, candidate_person_id, probability, evidence, source, created_at,
                               status
                        from identity_match_review where id = :id""")
                .param("id", id).query(this::review).optional();
    }

    /** Records the decision only if nobody decided first; false when someone else did. */
    public boolean decide(UUID id, String status, UUID by, String reason, Instant at) {
        return jdbc.sql("""
                        update identity_match_review set status = :status, decided_by = :by, decided_at = :at,
                               decision_reason = :reason
                        where id = :id and status = 'OPEN'""")
                .param("status", status).param("by", by).param("at", Timestamp.from(at)).param("reason", reason)
                .param("id", id).update() == 1;
    }

    public boolean isMerged(UUID personId) {
        return jdbc.sql("select merged_into is not null from identity_person where id = :id").param("id", personId)
                .query(Boolean.class).optional().orElse(false);
    }

    public void merge(UUID mergeId, UUID survivorId, UUID mergedId, UUID reviewId, String reason, UUID by,
                      Instant at) {
        jdbc.sql("update identity_person set merged_into = :survivor where id = :merged")
                .param("survivor", survivorId).param("merged", mergedId).update();
        jdbc.sql("""
                        insert into identity_merge (id, survivor_id, merged_id, review_id, reason, merged_by, merged_at)
                        values (:id, :survivor, :merged, :review, :reason, :by, :at)""")
                .param("id", mergeId).param("survivor", survivorId).param("merged", mergedId)
                .param("review", reviewId).param("reason", reason).param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    /** Marks the merge undone if it was not already; false when it had been. */
    public boolean unmerge(UUID mergeId, UUID mergedId, String reason, UUID by, Instant at) {
        int undone = jdbc.sql("""
                        update identity_merge set unmerge_reason = :reason, unmerged_by = :by, unmerged_at = :at
                        where id = :id and unmerged_at is null""")
                .param("reason", reason).param("by", by).param("at", Timestamp.from(at)).param("id", mergeId)
                .update();
        if (undone == 1) {
            jdbc.sql("update identity_person set merged_into = null where id = :merged").param("merged", mergedId)
                    .update();
        }
        return undone == 1;
    }

    public Optional<MergeRow> merge(UUID mergeId) {
        return jdbc.sql("""
                        select id, survivor_id, merged_id, reason, merged_at, unmerge_reason, unmerged_at
                        from identity_merge where id = :id""").param("id", mergeId).query(this::mergeRow).optional();
    }

    public List<MergeRow> recentMerges(int limit) {
        return jdbc.sql("""
                        select id, survivor_id, merged_id, reason, merged_at, unmerge_reason, unmerged_at
                        from identity_merge order by merged_at desc limit :limit""")
                .param("limit", limit).query(this::mergeRow).list();
    }

    private MergeRow mergeRow(ResultSet rs, int n) throws SQLException {
        Timestamp unmerged = rs.getTimestamp("unmerged_at");
        return new MergeRow(rs.getObject("id", UUID.class), rs.getObject("survivor_id", UUID.class),
                rs.getObject("merged_id", UUID.class), rs.getString("reason"),
                rs.getTimestamp("merged_at").toInstant(), rs.getString("unmerge_reason"),
                unmerged == null ? null : unmerged.toInstant());
    }

    private ReviewRow review(ResultSet rs, int n) throws SQLException {
        try {
            return new ReviewRow(rs.getObject("id", UUID.class), rs.getObject("incoming_person_id", UUID.class),
                    rs.getObject("candidate_person_id", UUID.class), rs.getDouble("probability"),
                    json.readValue(rs.getString("evidence"), STRINGS), rs.getString("source"),
                    rs.getTimestamp("created_at").toInstant(), rs.getString("status"));
        } catch (JsonProcessingException e) {
            throw new SQLException("Unreadable evidence on review " + rs.getString("id"), e);
        }
    }
}
