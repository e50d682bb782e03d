package org.reachable.chronology.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Moves events between children when identity merges or separates records, remembering exactly what moved. */
@Repository
public class MergeRepository {

    private final JdbcClient jdbc;

    MergeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int moveForMerge(UUID mergeId, UUID from, UUID to) {
        jdbc.sql("""
                        insert into chronology_merge_move (merge_id, event_id, from_person, to_person)
                        select :merge, id, :from, :to from chronology_event where person_id = :from""")
                .param("merge", mergeId).param("from", from).param("to", to).update();
        return jdbc.sql("""
                        update chronology_event set person_id = :to
                        where id in (select event_id from chronology_merge_move where merge_id = :merge)""")
                .param("to", to).param("merge", mergeId).update();
    }

    public List<UUID> movedBy(UUID mergeId) {
        return jdbc.sql("select event_id from chronology_merge_move where merge_id = :merge")
                .param("merge", mergeId).query(UUID.class).list();
    }

    public int moveBack(UUID mergeId) {
        return jdbc.sql("""
                        update chronology_event e set person_id = m.from_person
                        from chronology_merge_move m where m.merge_id = :merge and m.event_id = e.id""")
                .param("merge", mergeId).update();
    }

    /** Everyone who opened the merged chronology between the merge and now. */
    public List<UUID> viewersSince(UUID personId, Instant since) {
        return jdbc.sql("select user_id from chronology_last_viewed where person_id = :p and viewed_at >= :since")
                .param("p", personId).param("since", Timestamp.from(since)).query(UUID.class).list();
    }

    public void notice(UUID userId, UUID personId, UUID otherPersonId, Instant mergedAt, Instant unmergedAt,
                       int moved) {
        jdbc.sql("""
                        insert into chronology_unmerge_notice (id, user_id, person_id, other_person_id, merged_at,
                                                               unmerged_at, events_moved)
                        values (:id, :user, :person, :other, :merged, :unmerged, :moved)""")
                .param("id", UUID.randomUUID()).param("user", userId).param("person", personId)
                .param("other", otherPersonId).param("merged", Timestamp.from(mergedAt))
                .param("unmerged", Timestamp.from(unmergedAt)).param("moved", moved).update();
    }

    public record Notice(UUID id, UUID personId, Instant mergedAt, Instant unmergedAt, int eventsMoved) {
    }

    public List<Notice> unseen(UUID userId, UUID personId) {
        return jdbc.sql("""
                        select id, person_id, merged_at, unmerged_at, events_moved from chronology_unmerge_notice
                        where user_id = :user and person_id = :person and seen_at is null order by unmerged_at""")
                .param("user", userId).param("person", personId)
                .query((rs, n) -> new Notice(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                        rs.getTimestamp("merged_at").toInstant(), rs.getTimestamp("unmerged_at").toInstant(),
                        rs.getInt("events_moved")))
                .list();
    }

    public void seen(List<UUID> noticeIds, Instant at) {
        if (!noticeIds.isEmpty()) {
            jdbc.sql("update chronology_unmerge_notice set seen_at = :at where id in (:ids)")
                    .param("at", Timestamp.from(at)).param("ids", noticeIds).update();
        }
    }
}
