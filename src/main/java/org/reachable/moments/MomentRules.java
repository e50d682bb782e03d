package org.reachable.moments;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.CurrentUser;
import org.reachable.access.CurrentUsers;
import org.reachable.access.LegalBasis;
import org.reachable.moments.internal.ActiveRules;
import org.reachable.moments.internal.MomentsRepository;
import org.reachable.moments.internal.Reevaluation;
import org.reachable.moments.rules.MomentRule;
import org.reachable.moments.rules.RuleParser;
import org.reachable.platform.validation.Checks;
import org.reachable.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's rules: anyone who receives alerts can read them (they explain every alert); the safeguarding lead
 * proposes a change, and a second person with the same authority approves it before it is used. Approval starts a
 * background re-evaluation of the changed rule over the population. Every change is audited.
 */
@Service
public class MomentRules {

    private final MomentsRepository repository;
    private final ActiveRules active;
    private final Reevaluation reevaluation;
    private final ChildRecordAccess access;
    private final Audit audit;
    private final Clock clock;

    MomentRules(MomentsRepository repository, ActiveRules active, Reevaluation reevaluation, ChildRecordAccess access,
                Audit audit, Clock clock) {
        this.repository = repository;
        this.active = active;
        this.reevaluation = reevaluation;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The newest version of every rule (active, proposed, retired or rejected). */
    public List<StoredRule> latest() {
        return repository.latestVersions();
    }

    public List<StoredRule> active() {
        return repository.activeRules();
    }

    public List<StoredRule> versions(String key) {
        List<StoredRule> versions = repository.versions(key);
        if (versions.isEmpty()) {
            throw new NotFoundException("No rule called " + key);
        }
        return versions;
    }

    /** The version of a rule that raised an alert (its text explains the alert even after the rule changes). */
    public Optional<StoredRule> version(String key, int version) {
        return repository.version(key, version);
    }

    public Optional<MomentRule> activeRule(String key) {
        return Optional.ofNullable(active.rule(key));
    }

    /** Proposes a new rule or a new version of one; it is used only once someone else approves it. */
    @Transactional
    public StoredRule propose(String definition, String reason) {
        access.requireCapability(Capability.EDIT_MOMENT_RULES, AuditAction.WRITE, "moments/rules");
        Checks checks = new Checks();
        String why = checks.text("reason", reason, 1000, "Say why the rule should change");
        checks.throwIfAny();
        MomentRule rule = RuleParser.parse(definition);
        if (repository.versions(rule.key()).stream().anyMatch(v -> v.status() == StoredRule.Status.PROPOSED)) {
            checks.problem("key", rule.key(), "A change to this rule is already awaiting review; approve or reject it "
                    + "first");
            checks.throwIfAny();
        }
        CurrentUser user = CurrentUsers.require();
        StoredRule stored = new StoredRule(rule.key(), repository.nextVersion(rule.key()), definition,
                StoredRule.Status.PROPOSED, why, user.id(), clock.instant(), null, null, null);
        repository.insertRule(stored);
        audit.allowed(AuditAction.WRITE, null, "moments/rules/" + rule.key() + "/" + stored.version(),
                "Proposed rule change: " + why, LegalBasis.ADMINISTRATION);
        return stored;
    }

    /** Approves a proposed version (not one's own), puts it in use and re-evaluates it; the run's id. */
    @Transactional
    public UUID approve(String key, int version, String note) {
        StoredRule proposed = reviewable(key, version);
        CurrentUser user = CurrentUsers.require();
        repository.retireActive(key);
        repository.review(key, version, StoredRule.Status.ACTIVE, user.id(), clock.instant(), note);
        audit.allowed(AuditAction.REVIEW, null, "moments/rules/" + key + "/" + version,
                "Approved rule change proposed for: " + proposed.changeReason(), LegalBasis.ADMINISTRATION);
        active.reload();
        return reevaluation.start("Rule " + key + " version " + version + " approved", List.of(key));
    }

    @Transactional
    public void reject(String key, int version, String note) {
        reviewable(key, version);
        Checks checks = new Checks();
        String why = checks.text("note", note, 1000, "Say why the change is rejected");
        checks.throwIfAny();
        repository.review(key, version, StoredRule.Status.REJECTED, CurrentUsers.require().id(), clock.instant(), why);
        audit.allowed(AuditAction.REVIEW, null, "moments/rules/" + key + "/" + version,
                "Rejected rule change: " + why, LegalBasis.ADMINISTRATION);
    }

    /** Re-judges every active rule over the population in the background; the run's id. */
    public UUID reevaluateAll(String reason) {
        access.requireCapability(Capability.EDIT_MOMENT_RULES, AuditAction.WRITE, "moments/rules/reevaluate");
        audit.allowed(AuditAction.WRITE, null, "moments/rules/reevaluate", reason, LegalBasis.ADMINISTRATION);
        return reevaluation.start(reason, active.rules().stream().map(MomentRule::key).toList());
    }

    public Optional<ReevaluationProgress> latestRun() {
        return repository.latestRun().map(r -> new ReevaluationProgress(r.id(), r.reason(), r.startedAt(),
                r.finishedAt(), r.total(), r.done(), r.raised(), r.failure()));
    }

    private StoredRule reviewable(String key, int version) {
        access.requireCapability(Capability.EDIT_MOMENT_RULES, AuditAction.REVIEW, "moments/rules/" + key);
        StoredRule rule = repository.version(key, version)
                .orElseThrow(() -> new NotFoundException("No version " + version + " of rule " + key));
        Checks checks = new Checks();
        checks.require(rule.status() == StoredRule.Status.PROPOSED, "version", version,
                "Only a proposed change can be reviewed; this one is " + rule.status().name().toLowerCase());
        checks.require(!CurrentUsers.require().id().equals(rule.proposedBy()), "version", version,
                "A change must be reviewed by someone other than the person who proposed it");
        checks.throwIfAny();
        return rule;
    }
}
