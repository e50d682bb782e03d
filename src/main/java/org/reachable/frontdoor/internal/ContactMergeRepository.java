package org.reachable.frontdoor.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Moves the front door's contacts and incidents with identity's merges, recording exactly which rows moved. */
@Repository
public class ContactMergeRepository {

    private final JdbcClient jdbc;

    ContactMergeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves the merged child's contacts and incidents to the survivor; the references of the contacts moved. */
    public List<String> moveForMerge(UUID mergeId, UUID from, UUID to) {
        jdbc.sql("""
                        insert into frontdoor_merge_move (merge_id, kind, row_id, from_person)
                        select :merge, 'CONTACT', id, person_id from frontdoor_contact where person_id = :from
                        union all
                        select :merge, 'INCIDENT', event_id, person_id from frontdoor_incident where person_id = :from""")
                .param("merge", mergeId).param("from", from).update();
        jdbc.sql("""
                        update frontdoor_incident set person_id = :to where event_id in (
                            select row_id from frontdoor_merge_move where merge_id = :merge and kind = 'INCIDENT')""")
                .param("to", to).param("merge", mergeId).update();
        return jdbc.sql("""
                        update frontdoor_contact set person_id = :to where id in (
                            select row_id from frontdoor_merge_move where merge_id = :merge and kind = 'CONTACT')
                        returning reference""")
                .param("to", to).param("merge", mergeId).query(String.class).list();
    }

    /** Moves back exactly what the merge moved; the references of the contacts moved back. */
    public List<String> moveBack(UUID mergeId) {
        jdbc.sql("""
                        update frontdoor_incident i set person_id = m.from_person from frontdoor_merge_move m
                        where m.merge_id = :merge and m.kind = 'INCIDENT' and m.row_id = i.event_id""")
                .param("merge", mergeId).update();
        return jdbc.sql("""
                        update frontdoor_contact c set person_id = m.from_person from frontdoor_merge_move m
                        where m.merge_id = :merge and m.kind = 'CONTACT' and m.row_id = c.id
                        returning c.reference""")
                .param("merge", mergeId).query(String.class).list();
    }
}
