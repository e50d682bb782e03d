package org.reachable.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reachable.access.internal.AccessRepository;
import org.reachable.platform.validation.Checks;
import org.reachable.platform.web.AccessRefusedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Decides whether the signed-in user may see a child's record, and records the decision. Deny unless a rule allows:
 * lead practitioner, team around the child, MASH while a contact or referral is open, a panel member inside the
 * meeting window of a meeting with the child on its agenda, or an unexpired break-glass.
 */
@Service
public class ChildRecordAccess {

    static final int MIN_REASON_LENGTH = 20;
    static final int MAX_REASON_LENGTH = 2_000;

    private final AccessRepository repository;
    private final Audit audit;
    private final Clock clock;
    private final Duration breakGlassDuration;

    ChildRecordAccess(AccessRepository repository, Audit audit, Clock clock,
                      @Value("${reachable.access.break-glass-duration}") Duration breakGlassDuration) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.breakGlassDuration = breakGlassDuration;
    }

    /** The basis on which {@code user} may read the child's record now, if any. Records nothing. */
    public Optional<RecordAccess> basis(CurrentUser user, UUID personId) {
        if (!user.can(Capability.READ_CHILD_RECORD)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<RecordAccess> relationship = repository.relationship(user.id(), personId, now)
                .map(kind -> kind.equals("LEAD_PRACTITIONER")
                        ? new RecordAccess(RecordAccess.Basis.LEAD_PRACTITIONER, "Lead practitioner",
                        LegalBasis.SAFEGUARDING)
                        : new RecordAccess(RecordAccess.Basis.TEAM_AROUND_CHILD, "Member of the team around the child",
                        LegalBasis.SAFEGUARDING));
        if (relationship.isPresent()) {
            return relationship;
        }
        if (user.role() == Role.MASH_PRACTITIONER) {
            Optional<String> openCase = repository.openFrontDoorCase(personId);
            if (openCase.isPresent()) {
                return Optional.of(new RecordAccess(RecordAccess.Basis.OPEN_FRONT_DOOR_CASE,
                        "MASH: open contact " + openCase.get(), LegalBasis.SAFEGUARDING));
            }
        }
        Optional<PanelAccessWindows.Window> panel = repository.panelWindows(user.id(), personId).stream()
                .filter(w -> w.isOpenAt(now)).findFirst();
        if (panel.isPresent()) {
            return Optional.of(new RecordAccess(RecordAccess.Basis.PANEL_MEETING, panel.get().reason(),
                    LegalBasis.SAFEGUARDING));
        }
        return repository.activeBreakGlass(user.id(), personId, now)
                .map(b -> new RecordAccess(RecordAccess.Basis.BREAK_GLASS, "Break-glass: " + b.reason(),
                        LegalBasis.EMERGENCY));
    }

    /**
     * Which of these children {@code user} may read now (the same rules as {@link #basis}), in one query, for pages
     * that show many children at once and name only those. Records nothing: the caller audits what it shows.
     */
    public java.util.Set<UUID> readableAmong(CurrentUser user, java.util.Collection<UUID> personIds) {
        if (!user.can(Capability.READ_CHILD_RECORD) || personIds.isEmpty()) {
            return java.util.Set.of();
        }
        return repository.readableAmong(user.id(), user.role() == Role.MASH_PRACTITIONER, personIds, clock.instant());
    }

    /**
     * Allows and audits the read, or audits the refusal and throws. {@code action} is READ or EXPORT (printing).
     */
    public RecordAccess requireRead(UUID personId, AuditAction action, String resource) {
        CurrentUser user = CurrentUsers.require();
        Optional<RecordAccess> access = basis(user, personId);
        if (access.isEmpty()) {
            boolean canBreakGlass = user.can(Capability.BREAK_GLASS);
            String why = user.can(Capability.READ_CHILD_RECORD)
                    ? panelWindowRefusal(user, personId).orElse("No legitimate relationship with this child")
                    : "Role " + user.role().name() + " may not read children's records";
            audit.denied(action, personId, resource, why);
            throw new AccessRefusedException(why, personId, canBreakGlass);
        }
        audit.allowed(action, personId, resource, access.get().description(), access.get().legalBasis());
        return access.get();
    }

    /**
     * A panel member outside the meeting window is told (and the audit log records) when the window is open, so the
     * refusal explains itself instead of looking like a missing relationship.
     */
    private Optional<String> panelWindowRefusal(CurrentUser user, UUID personId) {
        Instant now = clock.instant();
        List<PanelAccessWindows.Window> windows = repository.panelWindows(user.id(), personId);
        Optional<PanelAccessWindows.Window> next = windows.stream().filter(w -> w.opensAt().isAfter(now))
                .min(java.util.Comparator.comparing(PanelAccessWindows.Window::opensAt));
        if (next.isPresent()) {
            return Optional.of("Outside the panel meeting window: access for " + next.get().reason()
                    + " opens at " + next.get().opensAt());
        }
        return windows.stream().max(java.util.Comparator.comparing(PanelAccessWindows.Window::closesAt))
                .map(w -> "Outside the panel meeting window: access for " + w.reason() + " closed at "
                        + w.closesAt());
    }

    /** Checks the user's role may do this at all; refusals are audited. */
    public void requireCapability(Capability capability, AuditAction action, String resource) {
        CurrentUser user = CurrentUsers.require();
        if (!user.can(capability)) {
            String why = "Role " + user.role().name() + " may not " + capability.name().toLowerCase().replace('_', ' ');
            audit.denied(action, null, resource, why);
            throw new AccessRefusedException(why, null, false);
        }
    }

    /** Opens the record for a short time with a typed reason; the manager reviews it afterwards. */
    public BreakGlass breakGlass(UUID personId, String reason) {
        CurrentUser user = CurrentUsers.require();
        requireCapability(Capability.BREAK_GLASS, AuditAction.BREAK_GLASS, "child/" + personId);
        Checks checks = new Checks();
        String text = checks.text("reason", reason, MAX_REASON_LENGTH, "Enter why you need to see this record now");
        checks.require(text == null || text.length() >= MIN_REASON_LENGTH, "reason", reason,
                "Give a reason of at least " + MIN_REASON_LENGTH + " characters a reviewer can understand");
        checks.throwIfAny();
        Instant now = clock.instant();
        BreakGlass glass = new BreakGlass(UUID.randomUUID(), user.id(), user.displayName(), personId, text, now,
                now.plus(breakGlassDuration), null, null);
        audit.allowed(AuditAction.BREAK_GLASS, personId, "child/" + personId, "Break-glass: " + text,
                LegalBasis.EMERGENCY);
        repository.insertBreakGlass(glass);
        return glass;
    }

    public List<BreakGlass> breakGlassAwaitingReview() {
        return repository.breakGlassAwaitingReview();
    }

    /** A manager's verdict on a break-glass. */
    public void reviewBreakGlass(UUID breakGlassId, boolean justified, String note) {
        CurrentUser user = CurrentUsers.require();
        requireCapability(Capability.REVIEW_BREAK_GLASS, AuditAction.REVIEW, "break-glass/" + breakGlassId);
        Checks checks = new Checks();
        String text = checks.text("note", note, MAX_REASON_LENGTH, "Enter what you found when you reviewed this");
        checks.throwIfAny();
        BreakGlass glass = repository.findBreakGlass(breakGlassId)
                .orElseThrow(() -> new org.reachable.platform.web.NotFoundException("No such break-glass"));
        audit.allowed(AuditAction.REVIEW, glass.personId(), "break-glass/" + breakGlassId,
                "Manager review of break-glass: " + (justified ? "justified" : "not justified"),
                LegalBasis.ACCOUNTABILITY);
        repository.reviewBreakGlass(breakGlassId, user.id(), justified, text, clock.instant());
    }
}
