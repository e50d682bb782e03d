package org.reachable.frontdoor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.AuditSubject;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.CurrentUser;
import org.reachable.access.CurrentUsers;
import org.reachable.access.LegalBasis;
import org.reachable.frontdoor.internal.CaseworkRepository;
import org.reachable.frontdoor.internal.ContactRepository;
import org.reachable.identity.ChildRegister;
import org.reachable.platform.validation.Checks;
import org.reachable.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback to referrers: their own referrals with the outcome, the reason and a named contact; a referrer who
 * disagrees escalates, and a manager resolves the escalation. Only the referrer sees their referral this way.
 */
@Service
public class Referrals {

    static final int LIMIT = 200;
    static final int MAX_TEXT = 4_000;

    private final ContactRepository contacts;
    private final CaseworkRepository casework;
    private final ChildRegister register;
    private final ChildRecordAccess access;
    private final Audit audit;
    private final Clock clock;

    Referrals(ContactRepository contacts, CaseworkRepository casework, ChildRegister register,
              ChildRecordAccess access, Audit audit, Clock clock) {
        this.contacts = contacts;
        this.casework = casework;
        this.register = register;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public List<MyReferral> mine() {
        access.requireCapability(Capability.SUBMIT_INFORMATION, AuditAction.READ, "frontdoor/referrals");
        CurrentUser user = CurrentUsers.require();
        List<Contact> own = contacts.byReferrer(user.id(), LIMIT);
        Map<UUID, String> names = register.names(own.stream().map(Contact::personId).toList());
        audit.allowedAll(AuditAction.READ, own.stream().map(c -> new AuditSubject(c.personId(),
                ContactCasework.resource(c), "Referrer viewing the outcome of their own referral")).toList(),
                LegalBasis.CONTRIBUTION);
        return own.stream().map(c -> new MyReferral(c.id(), c.reference(),
                names.getOrDefault(c.personId(), "Unknown child"), c.receivedAt(), c.decisionDue(), c.status(),
                c.decision(), c.decision() == null ? null : c.decision().label(), c.decisionReason(),
                c.namedContact(), c.decidedAt(), c.missingContent(), casework.escalationsFor(c.id()))).toList();
    }

    /** The referrer disagrees with the decision and says why; tracked until a manager resolves it. */
    @Transactional
    public Escalation escalate(UUID contactId, String reason) {
        access.requireCapability(Capability.SUBMIT_INFORMATION, AuditAction.WRITE, "frontdoor/referrals");
        CurrentUser user = CurrentUsers.require();
        Contact c = contacts.find(contactId).filter(x -> user.id().equals(x.referrerUserId()))
                .orElseThrow(() -> new NotFoundException("No referral of yours with that id"));
        Checks checks = new Checks();
        String why = checks.text("reason", reason, MAX_TEXT, "Say why you disagree with the decision");
        checks.require(!c.isOpen(), "status", c.status(), "The MASH has not decided yet; you can escalate a decision "
                + "once it is made");
        checks.throwIfAny();
        Instant now = clock.instant();
        Escalation escalation = new Escalation(UUID.randomUUID(), c.id(), c.reference(), user.id(),
                user.displayName(), now, why, null, null, null);
        audit.allowed(AuditAction.WRITE, c.personId(), ContactCasework.resource(c),
                "Referrer escalated the front-door decision", LegalBasis.CONTRIBUTION);
        casework.insertEscalation(escalation);
        return escalation;
    }

    /** Open escalations first, for the manager. */
    public List<Escalation> escalations() {
        access.requireCapability(Capability.RESOLVE_ESCALATIONS, AuditAction.READ, "frontdoor/escalations");
        List<Escalation> all = casework.escalations(LIMIT);
        audit.allowed(AuditAction.READ, null, "frontdoor/escalations", "Manager viewing " + all.size()
                + " escalations", LegalBasis.SAFEGUARDING);
        return all;
    }

    @Transactional
    public Escalation resolve(UUID escalationId, String resolution) {
        access.requireCapability(Capability.RESOLVE_ESCALATIONS, AuditAction.WRITE, "frontdoor/escalations");
        CurrentUser user = CurrentUsers.require();
        Escalation e = casework.findEscalation(escalationId)
                .orElseThrow(() -> new NotFoundException("No such escalation"));
        Contact c = contacts.find(e.contactId()).orElseThrow();
        Checks checks = new Checks();
        String text = checks.text("resolution", resolution, MAX_TEXT, "Say how the disagreement was resolved");
        checks.require(e.isOpen(), "status", "RESOLVED", "This escalation has already been resolved");
        checks.throwIfAny();
        audit.allowed(AuditAction.WRITE, c.personId(), ContactCasework.resource(c), "Manager resolved an escalation",
                LegalBasis.SAFEGUARDING);
        casework.resolveEscalation(e.id(), text, user.displayName(), clock.instant());
        return casework.findEscalation(e.id()).orElseThrow();
    }
}
