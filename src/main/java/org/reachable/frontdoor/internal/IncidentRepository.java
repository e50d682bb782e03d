package org.reachable.frontdoor.internal;

import static org.reachable.frontdoor.internal.ContactRepository.instant;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.reachable.frontdoor.DailyIncident;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Incidents for the daily meeting (frontdoor_incident) and the actions agreed against them. */
@Repository
public class IncidentRepository {

    /** One stored incident, before names and actions are added. */
    public record Row(UUID eventId, UUID personId, String type, Instant occurredAt, Instant receivedAt,
                      UUID organisationId, boolean restricted, String summary) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    IncidentRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** One JDBC batch, not a round trip per incident: a batch import stores a thousand events at a time. */
    public void insertAll(Collection<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                        insert into frontdoor_incident (event_id, person_id, type, occurred_at, received_at,
                            organisation_id, restricted, summary)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (event_id) do nothing""",
                rows.stream().map(r -> new Object[] {r.eventId(), r.personId(), r.type(),
                        Timestamp.from(r.occurredAt()), Timestamp.from(r.receivedAt()), r.organisationId(),
                        r.restricted(), r.summary()}).toList());
    }

    /** Incidents that happened, or reached Reachable, since {@code since}; newest first. */
    public List<Row> since(Instant since, int limit) {
        return jdbc.sql("""
                        select * from frontdoor_incident where occurred_at >= :since or received_at >= :since
                        order by occurred_at desc limit :limit""")
                .param("since", Timestamp.from(since)).param("limit", limit)
                .query((rs, n) -> new Row(rs.getObject("event_id", UUID.class), rs.getObject("person_id", UUID.class),
                        rs.getString("type"), instant(rs, "occurred_at"), instant(rs, "received_at"),
                        rs.getObject("organisation_id", UUID.class), rs.getBoolean("restricted"),
                        rs.getString("summary")))
                .list();
    }

    public boolean exists(UUID eventId) {
        return jdbc.sql("select count(*) from frontdoor_incident where event_id = :id").param("id", eventId)
                .query(Long.class).single() > 0;
    }

    public UUID personOf(UUID eventId) {
        return jdbc.sql("select person_id from frontdoor_incident where event_id = :id").param("id", eventId)
                .query(UUID.class).single();
    }

    public void insertAction(UUID eventId, DailyIncident.Action a) {
        jdbc.sql("""
                        insert into frontdoor_incident_action (id, event_id, action, owner, recorded_by, recorded_at)
                        values (:id, :event, :action, :owner, :by, :at)""")
                .param("id", a.id()).param("event", eventId).param("action", a.action()).param("owner", a.owner())
                .param("by", a.recordedBy()).param("at", Timestamp.from(a.recordedAt())).update();
    }

    public Map<UUID, List<DailyIncident.Action>> actionsFor(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select * from frontdoor_incident_action where event_id in (:ids) order by recorded_at""")
                .param("ids", eventIds)
                .query((rs, n) -> Map.entry(rs.getObject("event_id", UUID.class), new DailyIncident.Action(
                        rs.getObject("id", UUID.class), rs.getString("action"), rs.getString("owner"),
                        rs.getString("recorded_by"), instant(rs, "recorded_at"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
