package org.reachable.context.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reachable.context.CriticalIncident;
import org.reachable.context.IncidentResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Critical incidents, the children on their response lists and the responses (context_incident*). */
@Repository
public class CriticalIncidentRepository {

    private static final String SELECT = """
            select i.id, i.reference, i.person_id, i.event_id, i.harm, i.occurred_at, i.opened_at, i.status,
                   (select count(*) from context_incident_child c where c.incident_id = i.id) as affected
            from context_incident i""";

    private final JdbcClient jdbc;

    CriticalIncidentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when an incident for this event already exists (a redelivered event opens nothing new). */
    public boolean insert(CriticalIncident i, UUID organisationId) {
        return jdbc.sql("""
                        insert into context_incident (id, reference, person_id, event_id, harm, occurred_at,
                            organisation_id, opened_at)
                        values (:id, :ref, :person, :event, :harm, :occurred, :org, :opened)
                        on conflict (event_id) do nothing""")
                .param("id", i.id()).param("ref", i.reference()).param("person", i.personId())
                .param("event", i.eventId()).param("harm", i.harm()).param("occurred", Timestamp.from(i.occurredAt()))
                .param("org", organisationId).param("opened", Timestamp.from(i.openedAt())).update() == 1;
    }

    public void insertChild(UUID incidentId, UUID personId, String reasons, UUID eventId) {
        jdbc.sql("""
                        insert into context_incident_child (incident_id, person_id, reasons, event_id)
                        values (:incident, :person, :reasons, :event)""")
                .param("incident", incidentId).param("person", personId).param("reasons", reasons)
                .param("event", eventId).update();
    }

    public Optional<CriticalIncident> find(UUID id) {
        return jdbc.sql(SELECT + " where i.id = :id").param("id", id).query(CriticalIncidentRepository::incident).optional();
    }

    public List<CriticalIncident> recent(int limit) {
        return jdbc.sql(SELECT + " order by i.opened_at desc limit :limit").param("limit", limit)
                .query(CriticalIncidentRepository::incident).list();
    }

    public record AffectedRow(UUID personId, String reasons, UUID eventId) {
    }

    public List<AffectedRow> affected(UUID incidentId) {
        return jdbc.sql("""
                        select person_id, reasons, event_id from context_incident_child
                        where incident_id = :id order by reasons, person_id""")
                .param("id", incidentId)
                .query((rs, n) -> new AffectedRow(rs.getObject("person_id", UUID.class), rs.getString("reasons"),
                        rs.getObject("event_id", UUID.class)))
                .list();
    }

    public void insertResponse(IncidentResponse r, UUID recordedBy) {
        jdbc.sql("""
                        insert into context_incident_response (id, incident_id, person_id, setting, offered_by,
                            support, outcome, recorded_by, recorded_by_name, recorded_at)
                        values (:id, :incident, :person, :setting, :offeredBy, :support, :outcome, :by, :byName, :at)""")
                .param("id", r.id()).param("incident", r.incidentId()).param("person", r.personId())
                .param("setting", r.setting()).param("offeredBy", r.offeredBy()).param("support", r.support())
                .param("outcome", r.outcome()).param("by", recordedBy).param("byName", r.recordedBy())
                .param("at", Timestamp.from(r.recordedAt())).update();
    }

    public List<IncidentResponse> responses(UUID incidentId) {
        return jdbc.sql("""
                        select id, incident_id, person_id, setting, offered_by, support, outcome, recorded_by_name,
                               recorded_at
                        from context_incident_response where incident_id = :id order by recorded_at, id""")
                .param("id", incidentId)
                .query((rs, n) -> new IncidentResponse(rs.getObject("id", UUID.class),
                        rs.getObject("incident_id", UUID.class), rs.getObject("person_id", UUID.class),
                        rs.getString("setting"), rs.getString("offered_by"), rs.getString("support"),
                        rs.getString("outcome"), rs.getString("recorded_by_name"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    private static CriticalIncident incident(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CriticalIncident(rs.getObject("id", UUID.class), rs.getString("reference"),
                rs.getObject("person_id", UUID.class), rs.getObject("event_id", UUID.class), rs.getString("harm"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getTimestamp("opened_at").toInstant(),
                rs.getString("status"), rs.getInt("affected"));
    }
}
