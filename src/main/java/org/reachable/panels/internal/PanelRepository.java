package org.reachable.panels.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reachable.panels.internal.PanelRows.ActionRow;
import org.reachable.panels.internal.PanelRows.AttendanceRow;
import org.reachable.panels.internal.PanelRows.EscalationRow;
import org.reachable.panels.internal.PanelRows.ItemRow;
import org.reachable.panels.internal.PanelRows.MeetingRow;
import org.reachable.panels.internal.PanelRows.MemberRow;
import org.reachable.panels.internal.PanelRows.PanelRow;
import org.reachable.panels.internal.PanelRows.UpdateRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The panels module's tables: panels, members, meetings, agenda items, attendance, actions and escalations. */
@Repository
public class PanelRepository {

    private final JdbcClient jdbc;

    PanelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- panels and members

    public void insertPanel(PanelRow p) {
        jdbc.sql("""
                        insert into panels_panel (id, name, tier, terms_of_reference, escalates_to)
                        values (:id, :name, :tier, :tor, :escalatesTo)""")
                .param("id", p.id()).param("name", p.name()).param("tier", p.tier())
                .param("tor", p.termsOfReference()).param("escalatesTo", p.escalatesTo()).update();
    }

    public List<PanelRow> panels() {
        return jdbc.sql("select id, name, tier, terms_of_reference, escalates_to from panels_panel order by tier, name")
                .query(PanelRepository::panel).list();
    }

    public Optional<PanelRow> panel(UUID id) {
        return jdbc.sql("select id, name, tier, terms_of_reference, escalates_to from panels_panel where id = :id")
                .param("id", id).query(PanelRepository::panel).optional();
    }

    public void insertMember(MemberRow m) {
        jdbc.sql("""
                        insert into panels_member (id, panel_id, organisation_id, role, user_id, name, is_chair, joined_on)
                        values (:id, :panelId, :org, :role, :userId, :name, :chair, :joinedOn)""")
                .param("id", m.id()).param("panelId", m.panelId()).param("org", m.organisationId())
                .param("role", m.role()).param("userId", m.userId()).param("name", m.name())
                .param("chair", m.chair()).param("joinedOn", java.sql.Date.valueOf(m.joinedOn())).update();
    }

    /** Current members (not left), chair first. */
    public List<MemberRow> members(UUID panelId) {
        return jdbc.sql("""
                        select id, panel_id, organisation_id, role, user_id, name, is_chair, joined_on
                        from panels_member where panel_id = :panelId and left_on is null
                        order by is_chair desc, role, name""")
                .param("panelId", panelId)
                .query((rs, n) -> new MemberRow(rs.getObject("id", UUID.class), rs.getObject("panel_id", UUID.class),
                        rs.getObject("organisation_id", UUID.class), rs.getString("role"),
                        rs.getObject("user_id", UUID.class), rs.getString("name"), rs.getBoolean("is_chair"),
                        rs.getDate("joined_on").toLocalDate()))
                .list();
    }

    public List<UUID> panelsOf(UUID userId) {
        return jdbc.sql("select distinct panel_id from panels_member where user_id = :u and left_on is null")
                .param("u", userId).query(UUID.class).list();
    }

    // --- meetings

    public void insertMeeting(MeetingRow m) {
        jdbc.sql("insert into panels_meeting (id, panel_id, starts_at, ends_at) values (:id, :panelId, :s, :e)")
                .param("id", m.id()).param("panelId", m.panelId()).param("s", Timestamp.from(m.startsAt()))
                .param("e", Timestamp.from(m.endsAt())).update();
    }

    public Optional<MeetingRow> meeting(UUID id) {
        return jdbc.sql(MEETING_SELECT + " where id = :id").param("id", id).query(PanelRepository::meeting).optional();
    }

    public List<MeetingRow> meetingsOf(UUID panelId) {
        return jdbc.sql(MEETING_SELECT + " where panel_id = :p order by starts_at desc").param("p", panelId)
                .query(PanelRepository::meeting).list();
    }

    /** Meetings whose access window may still matter: not yet over at {@code since}. */
    public List<MeetingRow> meetingsEndingAfter(UUID panelId, Instant since) {
        return jdbc.sql(MEETING_SELECT + " where panel_id = :p and ends_at > :since order by starts_at")
                .param("p", panelId).param("since", Timestamp.from(since)).query(PanelRepository::meeting).list();
    }

    /** The panel's first meeting starting after {@code after}, if one is scheduled. */
    public Optional<MeetingRow> nextMeeting(UUID panelId, Instant after) {
        return jdbc.sql(MEETING_SELECT + " where panel_id = :p and starts_at > :after order by starts_at limit 1")
                .param("p", panelId).param("after", Timestamp.from(after)).query(PanelRepository::meeting).optional();
    }

    // --- agenda

    public void insertItem(ItemRow i) {
        jdbc.sql("""
                        insert into panels_agenda_item (id, meeting_id, position, subject_kind, subject_id,
                                                        minutes_allotted, reason, carried_forward)
                        values (:id, :meetingId,
                                (select coalesce(max(position), 0) + 1 from panels_agenda_item where meeting_id = :meetingId),
                                :kind, :subjectId, :minutes, :reason, :carried)""")
                .param("id", i.id()).param("meetingId", i.meetingId()).param("kind", i.subjectKind())
                .param("subjectId", i.subjectId()).param("minutes", i.minutesAllotted()).param("reason", i.reason())
                .param("carried", i.carriedForward()).update();
    }

    public Optional<ItemRow> item(UUID id) {
        return jdbc.sql(ITEM_SELECT + " where id = :id").param("id", id).query(PanelRepository::item).optional();
    }

    public Optional<ItemRow> itemFor(UUID meetingId, String kind, UUID subjectId) {
        return jdbc.sql(ITEM_SELECT + " where meeting_id = :m and subject_kind = :k and subject_id = :s")
                .param("m", meetingId).param("k", kind).param("s", subjectId).query(PanelRepository::item).optional();
    }

    public List<ItemRow> items(UUID meetingId) {
        return jdbc.sql(ITEM_SELECT + " where meeting_id = :m order by position").param("m", meetingId)
                .query(PanelRepository::item).list();
    }

    public void recordMinutes(UUID itemId, String minutes, String decision, String outcomeShared,
                              java.time.LocalDate outcomeSharedOn) {
        jdbc.sql("""
                        update panels_agenda_item
                        set minutes = :minutes, decision = :decision, outcome_shared = :outcome,
                            outcome_shared_on = :sharedOn, version = version + 1
                        where id = :id""")
                .param("id", itemId).param("minutes", minutes).param("decision", decision)
                .param("outcome", outcomeShared)
                .param("sharedOn", outcomeSharedOn == null ? null : java.sql.Date.valueOf(outcomeSharedOn)).update();
    }

    // --- attendance

    public void insertAttendance(AttendanceRow a) {
        jdbc.sql("""
                        insert into panels_attendance (id, meeting_id, organisation_id, role, name, status)
                        values (:id, :m, :org, :role, :name, :status)""")
                .param("id", a.id()).param("m", a.meetingId()).param("org", a.organisationId())
                .param("role", a.role()).param("name", a.name()).param("status", a.status()).update();
    }

    public List<AttendanceRow> attendance(UUID meetingId) {
        return jdbc.sql("""
                        select id, meeting_id, organisation_id, role, name, status from panels_attendance
                        where meeting_id = :m order by role, name""")
                .param("m", meetingId)
                .query((rs, n) -> new AttendanceRow(rs.getObject("id", UUID.class),
                        rs.getObject("meeting_id", UUID.class), rs.getObject("organisation_id", UUID.class),
                        rs.getString("role"), rs.getString("name"), rs.getString("status")))
                .list();
    }

    // --- actions

    public void insertAction(UUID id, UUID itemId, String description, UUID org, String owner, java.time.LocalDate due,
                             Instant createdAt) {
        jdbc.sql("""
                        insert into panels_action (id, item_id, description, owning_organisation_id, owner_name, due_on,
                                                   status, created_at)
                        values (:id, :item, :description, :org, :owner, :due, 'OPEN', :at)""")
                .param("id", id).param("item", itemId).param("description", description).param("org", org)
                .param("owner", owner).param("due", java.sql.Date.valueOf(due)).param("at", Timestamp.from(createdAt))
                .update();
    }

    public Optional<ActionRow> action(UUID id) {
        return jdbc.sql(ACTION_SELECT + " where a.id = :id").param("id", id).query(PanelRepository::action).optional();
    }

    public List<ActionRow> actionsRaisedAt(UUID meetingId) {
        return jdbc.sql(ACTION_SELECT + " where i.meeting_id = :m order by a.created_at").param("m", meetingId)
                .query(PanelRepository::action).list();
    }

    /**
     * Actions raised at this panel's earlier meetings that were still open when {@code start} came: open now, or closed
     * at or after it (closed at this meeting's review). These roll forward and are reviewed at the meeting.
     */
    public List<ActionRow> actionsForReview(UUID panelId, Instant start) {
        return jdbc.sql(ACTION_SELECT + """
                         where m.panel_id = :p and m.starts_at < :start
                           and (a.status in ('OPEN', 'IN_PROGRESS') or a.completed_at >= :start)
                         order by m.starts_at, a.created_at""")
                .param("p", panelId).param("start", Timestamp.from(start)).query(PanelRepository::action).list();
    }

    /** Subjects with actions still open on this panel, raised at meetings before {@code before}. */
    public List<PanelRows.ItemRow> subjectsWithOpenActions(UUID panelId, Instant before) {
        return jdbc.sql("""
                        select distinct on (i.subject_kind, i.subject_id) i.id, i.meeting_id, i.position,
                               i.subject_kind, i.subject_id, i.minutes_allotted, i.reason, i.carried_forward, i.minutes,
                               i.decision, i.outcome_shared, i.outcome_shared_on
                        from panels_action a join panels_agenda_item i on i.id = a.item_id
                             join panels_meeting m on m.id = i.meeting_id
                        where m.panel_id = :p and m.starts_at < :before and a.status in ('OPEN', 'IN_PROGRESS')
                        order by i.subject_kind, i.subject_id, m.starts_at desc""")
                .param("p", panelId).param("before", Timestamp.from(before)).query(PanelRepository::item).list();
    }

    public void updateAction(UUID id, String status, Instant completedAt) {
        jdbc.sql("update panels_action set status = :s, completed_at = :c, version = version + 1 where id = :id")
                .param("id", id).param("s", status).param("c", completedAt == null ? null : Timestamp.from(completedAt))
                .update();
    }

    public void insertUpdate(UpdateRow u) {
        jdbc.sql("""
                        insert into panels_action_update (id, action_id, meeting_id, status, note, by_name, at)
                        values (:id, :a, :m, :s, :note, :by, :at)""")
                .param("id", u.id()).param("a", u.actionId()).param("m", u.meetingId()).param("s", u.status())
                .param("note", u.note()).param("by", u.byName()).param("at", Timestamp.from(u.at())).update();
    }

    public List<UpdateRow> updates(Collection<UUID> actionIds) {
        if (actionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, action_id, meeting_id, status, note, by_name, at from panels_action_update
                        where action_id in (:ids) order by at""")
                .param("ids", actionIds)
                .query((rs, n) -> new UpdateRow(rs.getObject("id", UUID.class), rs.getObject("action_id", UUID.class),
                        rs.getObject("meeting_id", UUID.class), rs.getString("status"), rs.getString("note"),
                        rs.getString("by_name"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    // --- escalations

    public void insertEscalation(EscalationRow e) {
        jdbc.sql("""
                        insert into panels_escalation (id, from_item_id, to_panel_id, subject_kind, subject_id, reason,
                                                       escalated_at, discussed_meeting_id)
                        values (:id, :from, :to, :kind, :subject, :reason, :at, :discussed)""")
                .param("id", e.id()).param("from", e.fromItemId()).param("to", e.toPanelId())
                .param("kind", e.subjectKind()).param("subject", e.subjectId()).param("reason", e.reason())
                .param("at", Timestamp.from(e.escalatedAt())).param("discussed", e.discussedMeetingId()).update();
    }

    /** Marks waiting escalations of this subject to this panel, made before the meeting starts, as discussed there. */
    public void markDiscussed(UUID panelId, String kind, UUID subjectId, UUID meetingId, Instant meetingStart) {
        jdbc.sql("""
                        update panels_escalation set discussed_meeting_id = :m
                        where to_panel_id = :p and subject_kind = :k and subject_id = :s
                          and discussed_meeting_id is null and escalated_at <= :start""")
                .param("m", meetingId).param("p", panelId).param("k", kind).param("s", subjectId)
                .param("start", Timestamp.from(meetingStart)).update();
    }

    private static final String MEETING_SELECT = "select id, panel_id, starts_at, ends_at from panels_meeting";

    private static final String ITEM_SELECT = """
            select id, meeting_id, position, subject_kind, subject_id, minutes_allotted, reason, carried_forward,
                   minutes, decision, outcome_shared, outcome_shared_on
            from panels_agenda_item""";

    private static final String ACTION_SELECT = """
            select a.id, a.item_id, i.meeting_id, m.starts_at, m.panel_id, i.subject_kind, i.subject_id, a.description,
                   a.owning_organisation_id, a.owner_name, a.due_on, a.status, a.created_at, a.completed_at
            from panels_action a join panels_agenda_item i on i.id = a.item_id join panels_meeting m on m.id = i.meeting_id
            """;

    private static PanelRow panel(ResultSet rs, int n) throws SQLException {
        return new PanelRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("tier"),
                rs.getString("terms_of_reference"), rs.getObject("escalates_to", UUID.class));
    }

    private static MeetingRow meeting(ResultSet rs, int n) throws SQLException {
        return new MeetingRow(rs.getObject("id", UUID.class), rs.getObject("panel_id", UUID.class),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant());
    }

    private static ItemRow item(ResultSet rs, int n) throws SQLException {
        java.sql.Date shared = rs.getDate("outcome_shared_on");
        return new ItemRow(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                rs.getInt("position"), rs.getString("subject_kind"), rs.getObject("subject_id", UUID.class),
                rs.getInt("minutes_allotted"), rs.getString("reason"), rs.getBoolean("carried_forward"),
                rs.getString("minutes"), rs.getString("decision"), rs.getString("outcome_shared"),
                shared == null ? null : shared.toLocalDate());
    }

    private static ActionRow action(ResultSet rs, int n) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        return new ActionRow(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
                rs.getObject("meeting_id", UUID.class), rs.getTimestamp("starts_at").toInstant(),
                rs.getObject("panel_id", UUID.class), rs.getString("subject_kind"),
                rs.getObject("subject_id", UUID.class), rs.getString("description"),
                rs.getObject("owning_organisation_id", UUID.class), rs.getString("owner_name"),
                rs.getDate("due_on").toLocalDate(), rs.getString("status"), rs.getTimestamp("created_at").toInstant(),
                completed == null ? null : completed.toInstant());
    }
}
