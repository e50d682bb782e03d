package org.reachable.moments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reachable.moments.Alert;
import org.reachable.moments.AlertStatus;
import org.reachable.moments.StoredRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The moments module's tables: rule versions, alerts with their evidence, recipients and history, and runs. */
@Repository
public class MomentsRepository {

    private static final String RULE_COLUMNS = """
            key, version, definition, status, change_reason, proposed_by, proposed_at, reviewed_by, reviewed_at,
            review_note""";
    private static final String ALERT_COLUMNS = """
            a.id, a.person_id, a.raised_at, a.updated_at, a.routed_to, a.status, a.escalated_at, a.closed_by,
            a.closed_at, a.outcome_note, a.action_event_id""";

    private final JdbcClient jdbc;

    MomentsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // Rules

    public List<StoredRule> activeRules() {
        return jdbc.sql("select " + RULE_COLUMNS + " from moments_rule where status = 'ACTIVE' order by key")
                .query(this::rule).list();
    }

    /** The newest version of every rule, whatever its status. */
    public List<StoredRule> latestVersions() {
        return jdbc.sql("select distinct on (key) " + RULE_COLUMNS + " from moments_rule order by key, version desc")
                .query(this::rule).list();
    }

    public List<StoredRule> versions(String key) {
        return jdbc.sql("select " + RULE_COLUMNS + " from moments_rule where key = :key order by version desc")
                .param("key", key).query(this::rule).list();
    }

    public Optional<StoredRule> version(String key, int version) {
        return jdbc.sql("select " + RULE_COLUMNS + " from moments_rule where key = :key and version = :version")
                .param("key", key).param("version", version).query(this::rule).optional();
    }

    public boolean hasRules() {
        return jdbc.sql("select exists (select 1 from moments_rule)").query(Boolean.class).single();
    }

    public int nextVersion(String key) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from moments_rule where key = :key")
                .param("key", key).query(Integer.class).single();
    }

    public void insertRule(StoredRule rule) {
        jdbc.sql("insert into moments_rule (" + RULE_COLUMNS + ") values (:key, :version, :definition, :status, "
                        + ":reason, :proposedBy, :proposedAt, :reviewedBy, :reviewedAt, :note)")
                .param("key", rule.key()).param("version", rule.version()).param("definition", rule.definition())
                .param("status", rule.status().name()).param("reason", rule.changeReason())
                .param("proposedBy", rule.proposedBy()).param("proposedAt", ts(rule.proposedAt()))
                .param("reviewedBy", rule.reviewedBy()).param("reviewedAt", ts(rule.reviewedAt()))
                .param("note", rule.reviewNote())
                .update();
    }

    /** Records the review of a proposed version; true if it was still awaiting review. */
    public boolean review(String key, int version, StoredRule.Status outcome, UUID reviewer, Instant at, String note) {
        return jdbc.sql("""
                        update moments_rule set status = :status, reviewed_by = :reviewer, reviewed_at = :at,
                            review_note = :note
                        where key = :key and version = :version and status = 'PROPOSED'""")
                .param("status", outcome.name()).param("reviewer", reviewer).param("at", ts(at)).param("note", note)
                .param("key", key).param("version", version).update() == 1;
    }

    public void retireActive(String key) {
        jdbc.sql("update moments_rule set status = 'RETIRED' where key = :key and status = 'ACTIVE'")
                .param("key", key).update();
    }

    // Alerts

    /** Whether the rule already found a pattern for the child completed within {@code days} of this one. */
    public boolean foundNear(UUID personId, String ruleKey, Instant anchor, int days) {
        return jdbc.sql("""
                        select exists (select 1 from moments_finding where person_id = :person and rule_key = :rule
                            and anchor_at > :from and anchor_at < :to)""")
                .param("person", personId).param("rule", ruleKey)
                .param("from", ts(anchor.minusSeconds(days * 86_400L)))
                .param("to", ts(anchor.plusSeconds(days * 86_400L)))
                .query(Boolean.class).single();
    }

    public boolean foundBefore(UUID personId, String ruleKey, String fingerprint) {
        return jdbc.sql("""
                        select exists (select 1 from moments_finding where person_id = :person and rule_key = :rule
                            and fingerprint = :fingerprint)""")
                .param("person", personId).param("rule", ruleKey).param("fingerprint", fingerprint)
                .query(Boolean.class).single();
    }

    /** The child's open (or acknowledged, not yet closed) alert, locked until the transaction ends. */
    public Optional<UUID> openAlertForUpdate(UUID personId) {
        return jdbc.sql("""
                        select id from moments_alert where person_id = :person and status in ('OPEN', 'ACKNOWLEDGED')
                        for update""")
                .param("person", personId).query(UUID.class).optional();
    }

    /** Opens a new alert for the child unless another one opened meanwhile; true if this one was inserted. */
    public boolean insertAlert(UUID id, UUID personId, Instant at, String routedTo, int escalateAfterHours,
                               Collection<Recipient> recipients) {
        int inserted = jdbc.sql("""
                        insert into moments_alert (id, person_id, raised_at, updated_at, routed_to, status,
                            escalate_after_hours)
                        values (:id, :person, :at, :at, :routedTo, 'OPEN', :hours)
                        on conflict (person_id) where status in ('OPEN', 'ACKNOWLEDGED') do nothing""")
                .param("id", id).param("person", personId).param("at", ts(at)).param("routedTo", routedTo)
                .param("hours", escalateAfterHours).update();
        if (inserted == 0) {
            return false;
        }
        for (Recipient r : recipients) {
            jdbc.sql("""
                            insert into moments_alert_recipient (alert_id, user_id, organisation_id)
                            values (:alert, :user, :organisation) on conflict do nothing""")
                    .param("alert", id).param("user", r.userId()).param("organisation", r.organisationId())
                    .update();
        }
        return true;
    }

    /** A new finding needs attention again: back to OPEN, the escalation clock restarted at the tighter time. */
    public void reopen(UUID alertId, Instant at, int escalateAfterHours) {
        jdbc.sql("""
                        update moments_alert set status = 'OPEN', updated_at = :at, escalated_at = null,
                            escalate_after_hours = least(escalate_after_hours, :hours)
                        where id = :id""")
                .param("at", ts(at)).param("hours", escalateAfterHours).param("id", alertId).update();
    }

    /**
     * Stores a finding with its evidence; false (and nothing stored) when the same pattern was stored meanwhile by a
     * concurrent judgement of the same child (a redelivered batch, a merge), which must not fail this one's batch.
     */
    public boolean insertFinding(UUID alertId, UUID personId, Alert.Finding finding, String fingerprint) {
        int inserted = jdbc.sql("""
                        insert into moments_finding (id, alert_id, person_id, rule_key, rule_version, anchor_at,
                            found_at, fingerprint)
                        values (:id, :alert, :person, :rule, :version, :anchor, :found, :fingerprint)
                        on conflict (person_id, rule_key, fingerprint) do nothing""")
                .param("id", finding.id()).param("alert", alertId).param("person", personId)
                .param("rule", finding.ruleKey()).param("version", finding.ruleVersion())
                .param("anchor", ts(finding.anchorAt())).param("found", ts(finding.foundAt()))
                .param("fingerprint", fingerprint).update();
        if (inserted == 0) {
            return false;
        }
        for (Alert.Evidence e : finding.evidence()) {
            jdbc.sql("""
                            insert into moments_finding_event (finding_id, event_id, event_type, organisation_id,
                                occurred_at)
                            values (:finding, :event, :type, :organisation, :at)""")
                    .param("finding", finding.id()).param("event", e.eventId()).param("type", e.eventType())
                    .param("organisation", e.organisationId()).param("at", ts(e.occurredAt())).update();
        }
        return true;
    }

    public record Recipient(UUID userId, UUID organisationId) {
    }

    public void addStep(UUID alertId, Instant at, UUID userId, String action, String note) {
        jdbc.sql("insert into moments_alert_history (alert_id, at, user_id, action, note) "
                        + "values (:alert, :at, :user, :action, :note)")
                .param("alert", alertId).param("at", ts(at)).param("user", userId).param("action", action)
                .param("note", note).update();
    }

    public List<Alert.Step> steps(UUID alertId) {
        return jdbc.sql("select at, user_id, action, note from moments_alert_history where alert_id = :alert "
                        + "order by id")
                .param("alert", alertId)
                .query((rs, n) -> new Alert.Step(rs.getTimestamp("at").toInstant(),
                        rs.getObject("user_id", UUID.class), rs.getString("action"), rs.getString("note")))
                .list();
    }

    public Optional<Alert> find(UUID id) {
        return jdbc.sql("select " + ALERT_COLUMNS + " from moments_alert a where a.id = :id").param("id", id)
                .query(this::alert).optional().map(this::withFindings);
    }

    public List<UUID> recipients(UUID alertId) {
        return jdbc.sql("select user_id from moments_alert_recipient where alert_id = :alert")
                .param("alert", alertId).query(UUID.class).list();
    }

    public List<UUID> recipientOrganisations(UUID alertId) {
        return jdbc.sql("select distinct organisation_id from moments_alert_recipient where alert_id = :alert")
                .param("alert", alertId).query(UUID.class).list();
    }

    /**
     * A person's inbox: alerts sent to them; for MASH practitioners, alerts routed to the MASH; for managers,
     * alerts escalated from their organisation (and escalated MASH alerts). Most recently updated first.
     */
    public List<Alert> inbox(UUID userId, boolean mash, boolean manager, UUID organisationId, boolean openOnly,
                             int limit) {
        return jdbc.sql("select " + ALERT_COLUMNS + " from moments_alert a where ("
                        + " exists (select 1 from moments_alert_recipient r"
                        + "     where r.alert_id = a.id and r.user_id = :user)"
                        + " or (:mash and a.routed_to = 'MASH')"
                        + " or (:manager and a.escalated_at is not null and (a.routed_to = 'MASH' or exists (select 1"
                        + "     from moments_alert_recipient r where r.alert_id = a.id"
                        + "     and r.organisation_id = :organisation))))"
                        + " and (not :openOnly or a.status in ('OPEN', 'ACKNOWLEDGED'))"
                        + " order by a.updated_at desc, a.id limit :limit")
                .param("user", userId).param("mash", mash).param("manager", manager)
                .param("organisation", organisationId).param("openOnly", openOnly).param("limit", limit)
                .query(this::alert).list().stream().map(this::withFindings).toList();
    }

    public List<Alert> forPerson(UUID personId) {
        return jdbc.sql("select " + ALERT_COLUMNS + " from moments_alert a where a.person_id = :person "
                        + "order by a.raised_at desc")
                .param("person", personId).query(this::alert).list().stream().map(this::withFindings).toList();
    }

    /** Moves an alert on; true if it was in one of the expected states. */
    public boolean changeStatus(UUID id, Collection<AlertStatus> from, AlertStatus to, UUID userId, Instant at,
                                String note) {
        boolean closing = to == AlertStatus.ACTED || to == AlertStatus.DISMISSED;
        return jdbc.sql("""
                        update moments_alert set status = :to,
                            closed_by = case when :closing then :user else closed_by end,
                            closed_at = case when :closing then :at else closed_at end,
                            outcome_note = case when :closing then :note else outcome_note end
                        where id = :id and status = any(cast(:from as text[]))""")
                .param("to", to.name()).param("closing", closing).param("user", userId).param("at", ts(at))
                .param("note", note).param("id", id)
                .param("from", from.stream().map(Enum::name).toArray(String[]::new))
                .update() == 1;
    }

    public void linkAction(UUID alertId, UUID eventId) {
        jdbc.sql("update moments_alert set action_event_id = :event where id = :id")
                .param("event", eventId).param("id", alertId).update();
    }

    /** Alerts still unacknowledged past their escalation time: marks them escalated and returns them. */
    public List<UUID> escalateOverdue(Instant now) {
        return jdbc.sql("""
                        update moments_alert set escalated_at = :now
                        where status = 'OPEN' and escalated_at is null
                          and updated_at + make_interval(hours => escalate_after_hours) <= :now
                        returning id""")
                .param("now", ts(now)).query(UUID.class).list();
    }

    /** The children a rule (null: any rule) found something for in the period. */
    public java.util.Set<UUID> alertedChildren(String ruleKey, Instant from, Instant to) {
        return new java.util.HashSet<>(jdbc.sql("""
                        select distinct person_id from moments_finding
                        where (cast(:rule as text) is null or rule_key = :rule) and found_at >= :from and found_at < :to""")
                .param("rule", ruleKey).param("from", ts(from)).param("to", ts(to)).query(UUID.class).list());
    }

    public long countFindings() {
        return jdbc.sql("select count(*) from moments_finding").query(Long.class).single();
    }

    // Runs

    public void startRun(UUID id, String reason, String ruleKeys, Instant at, long total) {
        jdbc.sql("insert into moments_run (id, reason, rule_keys, started_at, children_total) "
                        + "values (:id, :reason, :rules, :at, :total)")
                .param("id", id).param("reason", reason).param("rules", ruleKeys).param("at", ts(at))
                .param("total", total).update();
    }

    public void progress(UUID id, long done, long raised) {
        jdbc.sql("update moments_run set children_done = :done, alerts_raised = :raised where id = :id")
                .param("done", done).param("raised", raised).param("id", id).update();
    }

    public void finishRun(UUID id, Instant at, String failure) {
        jdbc.sql("update moments_run set finished_at = :at, failure = :failure where id = :id")
                .param("at", ts(at)).param("failure", failure).param("id", id).update();
    }

    public record Run(UUID id, String reason, String ruleKeys, Instant startedAt, Instant finishedAt, long total,
                      long done, long raised, String failure) {
    }

    public Optional<Run> latestRun() {
        return jdbc.sql("select * from moments_run order by started_at desc limit 1")
                .query((rs, n) -> new Run(rs.getObject("id", UUID.class), rs.getString("reason"),
                        rs.getString("rule_keys"), rs.getTimestamp("started_at").toInstant(),
                        instant(rs.getTimestamp("finished_at")), rs.getLong("children_total"),
                        rs.getLong("children_done"), rs.getLong("alerts_raised"), rs.getString("failure")))
                .optional();
    }

    private Alert withFindings(Alert alert) {
        List<Alert.Finding> findings = jdbc.sql("""
                        select id, rule_key, rule_version, anchor_at, found_at from moments_finding
                        where alert_id = :alert order by found_at, anchor_at""")
                .param("alert", alert.id())
                .query((rs, n) -> new Alert.Finding(rs.getObject("id", UUID.class), rs.getString("rule_key"),
                        rs.getInt("rule_version"), rs.getTimestamp("anchor_at").toInstant(),
                        rs.getTimestamp("found_at").toInstant(), List.of()))
                .list().stream()
                .map(f -> new Alert.Finding(f.id(), f.ruleKey(), f.ruleVersion(), f.anchorAt(), f.foundAt(),
                        evidence(f.id())))
                .toList();
        return new Alert(alert.id(), alert.personId(), alert.raisedAt(), alert.updatedAt(), alert.routedTo(),
                alert.status(), alert.escalatedAt(), alert.closedBy(), alert.closedAt(), alert.outcomeNote(),
                alert.actionEventId(), findings);
    }

    private List<Alert.Evidence> evidence(UUID findingId) {
        return jdbc.sql("""
                        select event_id, event_type, organisation_id, occurred_at from moments_finding_event
                        where finding_id = :finding order by occurred_at""")
                .param("finding", findingId)
                .query((rs, n) -> new Alert.Evidence(rs.getObject("event_id", UUID.class),
                        rs.getString("event_type"), rs.getObject("organisation_id", UUID.class),
                        rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }

    private Alert alert(ResultSet rs, int row) throws SQLException {
        return new Alert(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getTimestamp("raised_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("routed_to"), AlertStatus.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("escalated_at")), rs.getObject("closed_by", UUID.class),
                instant(rs.getTimestamp("closed_at")), rs.getString("outcome_note"),
                rs.getObject("action_event_id", UUID.class), List.of());
    }

    private StoredRule rule(ResultSet rs, int row) throws SQLException {
        return new StoredRule(rs.getString("key"), rs.getInt("version"), rs.getString("definition"),
                StoredRule.Status.valueOf(rs.getString("status")), rs.getString("change_reason"),
                rs.getObject("proposed_by", UUID.class), rs.getTimestamp("proposed_at").toInstant(),
                rs.getObject("reviewed_by", UUID.class), instant(rs.getTimestamp("reviewed_at")),
                rs.getString("review_note"));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
