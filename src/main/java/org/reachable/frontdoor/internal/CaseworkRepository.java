package org.reachable.frontdoor.internal;

import static org.reachable.frontdoor.internal.ContactRepository.instant;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.reachable.frontdoor.Escalation;
import org.reachable.frontdoor.InformationRequest;
import org.reachable.frontdoor.StrategyDiscussion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What happens around a contact: requests to partners, strategy discussions and escalations. */
@Repository
public class CaseworkRepository {

    private final JdbcClient jdbc;

    CaseworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertRequest(InformationRequest r) {
        jdbc.sql("""
                        insert into frontdoor_information_request (id, contact_id, organisation_id, question,
                            requested_by, requested_at, due_at)
                        values (:id, :contact, :organisation, :question, :by, :at, :due)""")
                .param("id", r.id()).param("contact", r.contactId()).param("organisation", r.organisationId())
                .param("question", r.question()).param("by", r.requestedBy())
                .param("at", Timestamp.from(r.requestedAt())).param("due", Timestamp.from(r.dueAt())).update();
    }

    public Optional<InformationRequest> findRequest(UUID id) {
        return jdbc.sql("select * from frontdoor_information_request where id = :id").param("id", id)
                .query((rs, n) -> request(rs)).optional();
    }

    public List<InformationRequest> requestsFor(UUID contactId) {
        return jdbc.sql("select * from frontdoor_information_request where contact_id = :c order by requested_at")
                .param("c", contactId).query((rs, n) -> request(rs)).list();
    }

    /** Unanswered requests to an organisation, due soonest first. */
    public List<InformationRequest> openRequestsTo(UUID organisationId) {
        return jdbc.sql("""
                        select * from frontdoor_information_request
                        where organisation_id = :o and answered_at is null order by due_at""")
                .param("o", organisationId).query((rs, n) -> request(rs)).list();
    }

    public boolean answer(UUID id, String answer, String by, Instant at) {
        return jdbc.sql("""
                        update frontdoor_information_request set answer = :answer, answered_by = :by, answered_at = :at
                        where id = :id and answered_at is null""")
                .param("answer", answer).param("by", by).param("at", Timestamp.from(at)).param("id", id)
                .update() == 1;
    }

    private static InformationRequest request(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new InformationRequest(rs.getObject("id", UUID.class), rs.getObject("contact_id", UUID.class),
                rs.getObject("organisation_id", UUID.class), null, rs.getString("question"),
                rs.getString("requested_by"), instant(rs, "requested_at"), instant(rs, "due_at"),
                rs.getString("answer"), rs.getString("answered_by"), instant(rs, "answered_at"));
    }

    public void insertDiscussion(StrategyDiscussion d) {
        jdbc.sql("""
                        insert into frontdoor_strategy_discussion (id, contact_id, held_on, s47, icpc_due, notes,
                            recorded_by, recorded_at)
                        values (:id, :contact, :heldOn, :s47, :icpcDue, :notes, :by, :at)""")
                .param("id", d.id()).param("contact", d.contactId()).param("heldOn", d.heldOn())
                .param("s47", d.s47()).param("icpcDue", d.icpcDue()).param("notes", d.notes())
                .param("by", d.recordedBy()).param("at", Timestamp.from(d.recordedAt())).update();
        for (int i = 0; i < d.attendees().size(); i++) {
            StrategyDiscussion.Attendee a = d.attendees().get(i);
            jdbc.sql("""
                            insert into frontdoor_strategy_attendee (discussion_id, position, organisation, role, name)
                            values (:d, :p, :o, :r, :n)""")
                    .param("d", d.id()).param("p", i).param("o", a.organisation()).param("r", a.role())
                    .param("n", a.name()).update();
        }
    }

    public List<StrategyDiscussion> discussionsFor(UUID contactId) {
        Map<UUID, List<StrategyDiscussion.Attendee>> attendees = jdbc.sql("""
                        select a.* from frontdoor_strategy_attendee a
                        join frontdoor_strategy_discussion d on d.id = a.discussion_id
                        where d.contact_id = :c order by a.discussion_id, a.position""")
                .param("c", contactId)
                .query((rs, n) -> Map.entry(rs.getObject("discussion_id", UUID.class),
                        new StrategyDiscussion.Attendee(rs.getString("organisation"), rs.getString("role"),
                                rs.getString("name"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select * from frontdoor_strategy_discussion where contact_id = :c order by held_on")
                .param("c", contactId)
                .query((rs, n) -> new StrategyDiscussion(rs.getObject("id", UUID.class), contactId,
                        rs.getObject("held_on", LocalDate.class), rs.getBoolean("s47"),
                        rs.getObject("icpc_due", LocalDate.class), rs.getString("notes"),
                        attendees.getOrDefault(rs.getObject("id", UUID.class), List.of()),
                        rs.getString("recorded_by"), instant(rs, "recorded_at")))
                .list();
    }

    public void insertEscalation(Escalation e) {
        jdbc.sql("""
                        insert into frontdoor_escalation (id, contact_id, raised_by, raised_by_name, raised_at, reason)
                        values (:id, :contact, :by, :name, :at, :reason)""")
                .param("id", e.id()).param("contact", e.contactId()).param("by", e.raisedBy())
                .param("name", e.raisedByName()).param("at", Timestamp.from(e.raisedAt())).param("reason", e.reason())
                .update();
    }

    public boolean resolveEscalation(UUID id, String resolution, String by, Instant at) {
        return jdbc.sql("""
                        update frontdoor_escalation set resolution = :resolution, resolved_by = :by, resolved_at = :at
                        where id = :id and resolved_at is null""")
                .param("resolution", resolution).param("by", by).param("at", Timestamp.from(at)).param("id", id)
                .update() == 1;
    }

    private static final String ESCALATION = """
            select e.*, c.reference from frontdoor_escalation e join frontdoor_contact c on c.id = e.contact_id""";

    public Optional<Escalation> findEscalation(UUID id) {
        return jdbc.sql(ESCALATION + " where e.id = :id").param("id", id).query((rs, n) -> escalation(rs))
                .optional();
    }

    public List<Escalation> escalationsFor(UUID contactId) {
        return jdbc.sql(ESCALATION + " where e.contact_id = :c order by e.raised_at").param("c", contactId)
                .query((rs, n) -> escalation(rs)).list();
    }

    /** Open escalations first (oldest first), then recently resolved ones. */
    public List<Escalation> escalations(int limit) {
        return jdbc.sql(ESCALATION + " order by (e.resolved_at is not null), e.raised_at limit :limit")
                .param("limit", limit).query((rs, n) -> escalation(rs)).list();
    }

    private static Escalation escalation(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Escalation(rs.getObject("id", UUID.class), rs.getObject("contact_id", UUID.class),
                rs.getString("reference"), rs.getObject("raised_by", UUID.class), rs.getString("raised_by_name"),
                instant(rs, "raised_at"), rs.getString("reason"), rs.getString("resolution"),
                rs.getString("resolved_by"), instant(rs, "resolved_at"));
    }
}
