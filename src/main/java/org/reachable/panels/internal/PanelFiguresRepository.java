package org.reachable.panels.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Aggregates over the panels tables: duplication for chairs, and attendance, actions and escalation times. */
@Repository
public class PanelFiguresRepository {

    private final JdbcClient jdbc;

    PanelFiguresRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record SeveralPanelsRow(UUID personId, List<String> panels, int meetings, Instant lastDiscussed) {
    }

    /** Children on the agendas of two or more panels at meetings since {@code since} (held or scheduled). */
    public List<SeveralPanelsRow> onSeveralPanels(Instant since) {
        return jdbc.sql("""
                        select i.subject_id, array_agg(distinct p.name order by p.name) as panels,
                               count(distinct m.id) as meetings, max(m.starts_at) as last_discussed
                        from panels_agenda_item i join panels_meeting m on m.id = i.meeting_id
                             join panels_panel p on p.id = m.panel_id
                        where i.subject_kind = 'CHILD' and m.starts_at >= :since
                        group by i.subject_id
                        having count(distinct m.panel_id) >= 2
                        order by count(distinct m.panel_id) desc, count(distinct m.id) desc, i.subject_id""")
                .param("since", Timestamp.from(since))
                .query((rs, n) -> new SeveralPanelsRow(rs.getObject("subject_id", UUID.class),
                        List.of((String[]) rs.getArray("panels").getArray()), rs.getInt("meetings"),
                        rs.getTimestamp("last_discussed").toInstant()))
                .list();
    }

    public record RepeatedRow(UUID personId, UUID panelId, String panel, int meetings, int actions,
                              Instant firstDiscussed, Instant lastDiscussed) {
    }

    /**
     * Children discussed at {@code times} or more meetings of one panel held between {@code since} and {@code now},
     * for whom that panel has never completed an action.
     */
    public List<RepeatedRow> repeatedWithoutProgress(Instant since, Instant now, int times) {
        return jdbc.sql("""
                        select i.subject_id, m.panel_id, p.name, count(distinct m.id) as meetings,
                               min(m.starts_at) as first_discussed, max(m.starts_at) as last_discussed,
                               (select count(*) from panels_action a
                                       join panels_agenda_item ai on ai.id = a.item_id
                                       join panels_meeting am on am.id = ai.meeting_id
                                where am.panel_id = m.panel_id and ai.subject_kind = 'CHILD'
                                  and ai.subject_id = i.subject_id) as actions
                        from panels_agenda_item i join panels_meeting m on m.id = i.meeting_id
                             join panels_panel p on p.id = m.panel_id
                        where i.subject_kind = 'CHILD' and m.starts_at >= :since and m.starts_at <= :now
                        group by i.subject_id, m.panel_id, p.name
                        having count(distinct m.id) >= :times
                           and not exists (select 1 from panels_action a
                                                join panels_agenda_item ai on ai.id = a.item_id
                                                join panels_meeting am on am.id = ai.meeting_id
                                           where am.panel_id = m.panel_id and ai.subject_kind = 'CHILD'
                                             and ai.subject_id = i.subject_id and a.status = 'DONE')
                        order by count(distinct m.id) desc, i.subject_id""")
                .param("since", Timestamp.from(since)).param("now", Timestamp.from(now)).param("times", times)
                .query((rs, n) -> new RepeatedRow(rs.getObject("subject_id", UUID.class),
                        rs.getObject("panel_id", UUID.class), rs.getString("name"), rs.getInt("meetings"),
                        rs.getInt("actions"), rs.getTimestamp("first_discussed").toInstant(),
                        rs.getTimestamp("last_discussed").toInstant()))
                .list();
    }

    public record AttendanceRow(UUID organisationId, long present, long apologies, long absent) {
    }

    /**
     * Per agency, the meetings in the period at which it was present, sent apologies or was absent. An agency counts
     * once per meeting: present if anyone from it came, else apologies if anyone sent them, else absent.
     */
    public List<AttendanceRow> attendance(Instant from, Instant to, UUID panelId) {
        return jdbc.sql("""
                        with per_meeting as (
                            select a.organisation_id, a.meeting_id,
                                   case when bool_or(a.status = 'PRESENT') then 'PRESENT'
                                        when bool_or(a.status = 'APOLOGIES') then 'APOLOGIES'
                                        else 'ABSENT' end as status
                            from panels_attendance a join panels_meeting m on m.id = a.meeting_id
                            where m.starts_at >= :from and m.starts_at < :to
                              and (cast(:panel as uuid) is null or m.panel_id = cast(:panel as uuid))
                            group by a.organisation_id, a.meeting_id)
                        select organisation_id,
                               count(*) filter (where status = 'PRESENT') as present,
                               count(*) filter (where status = 'APOLOGIES') as apologies,
                               count(*) filter (where status = 'ABSENT') as absent
                        from per_meeting group by organisation_id""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("panel", panelId)
                .query((rs, n) -> new AttendanceRow(rs.getObject("organisation_id", UUID.class),
                        rs.getLong("present"), rs.getLong("apologies"), rs.getLong("absent")))
                .list();
    }

    public record ActionsRow(UUID organisationId, long open, long overdue, long done, long doneLate) {
    }

    /** Actions raised at meetings in the period, by owning agency. */
    public List<ActionsRow> actions(Instant from, Instant to, UUID panelId, LocalDate today) {
        return jdbc.sql("""
                        select a.owning_organisation_id,
                               count(*) filter (where a.status in ('OPEN', 'IN_PROGRESS')) as open,
                               count(*) filter (where a.status in ('OPEN', 'IN_PROGRESS') and a.due_on < :today) as overdue,
                               count(*) filter (where a.status = 'DONE') as done,
                               count(*) filter (where a.status = 'DONE'
                                                  and cast(a.completed_at at time zone 'Europe/London' as date) > a.due_on)
                                   as done_late
                        from panels_action a join panels_agenda_item i on i.id = a.item_id
                             join panels_meeting m on m.id = i.meeting_id
                        where m.starts_at >= :from and m.starts_at < :to
                          and (cast(:panel as uuid) is null or m.panel_id = cast(:panel as uuid))
                        group by a.owning_organisation_id""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("panel", panelId)
                .param("today", java.sql.Date.valueOf(today))
                .query((rs, n) -> new ActionsRow(rs.getObject("owning_organisation_id", UUID.class),
                        rs.getLong("open"), rs.getLong("overdue"), rs.getLong("done"), rs.getLong("done_late")))
                .list();
    }

    public record EscalationRow(String fromPanel, String toPanel, Instant escalatedAt, Instant discussedAt) {
    }

    /** Escalations made in the period; {@code discussedAt} is the start of the meeting that took it, if any. */
    public List<EscalationRow> escalations(Instant from, Instant to, UUID panelId) {
        return jdbc.sql("""
                        select fp.name as from_panel, tp.name as to_panel, e.escalated_at, dm.starts_at as discussed_at
                        from panels_escalation e
                             join panels_agenda_item fi on fi.id = e.from_item_id
                             join panels_meeting fm on fm.id = fi.meeting_id
                             join panels_panel fp on fp.id = fm.panel_id
                             join panels_panel tp on tp.id = e.to_panel_id
                             left join panels_meeting dm on dm.id = e.discussed_meeting_id
                        where e.escalated_at >= :from and e.escalated_at < :to
                          and (cast(:panel as uuid) is null or fm.panel_id = cast(:panel as uuid)
                               or e.to_panel_id = cast(:panel as uuid))
                        order by e.escalated_at""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("panel", panelId)
                .query((rs, n) -> {
                    Timestamp discussed = rs.getTimestamp("discussed_at");
                    return new EscalationRow(rs.getString("from_panel"), rs.getString("to_panel"),
                            rs.getTimestamp("escalated_at").toInstant(),
                            discussed == null ? null : discussed.toInstant());
                })
                .list();
    }
}
