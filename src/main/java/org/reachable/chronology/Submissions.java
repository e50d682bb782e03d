package org.reachable.chronology;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import org.reachable.chronology.internal.ChronologyRepository;
import org.reachable.chronology.internal.SubmissionRepository;
import org.reachable.identity.ChildRegister;
import org.reachable.identity.IdentifierScheme;
import org.reachable.platform.validation.Checks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contributors share information without being able to browse records. A submission is added to the child's
 * chronology when an NHS number or UPN identifies the child; otherwise it waits, kept whole, for the MASH to identify
 * the child. Contributors see their own submissions and what became of them, nothing else.
 */
@Service
public class Submissions {

    static final String SOURCE_SYSTEM = "reachable-submission";
    private static final int MAX_NAME = 100;

    private final SubmissionRepository submissions;
    private final ChronologyRepository events;
    private final ChildRegister register;
    private final ChildRecordAccess access;
    private final Audit audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher publisher;

    Submissions(SubmissionRepository submissions, ChronologyRepository events, ChildRegister register,
                ChildRecordAccess access, Audit audit, Clock clock,
                org.springframework.context.ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.submissions = submissions;
        this.events = events;
        this.register = register;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Submission submit(NewSubmission s) {
        access.requireCapability(Capability.SUBMIT_INFORMATION, AuditAction.WRITE, "submissions");
        CurrentUser user = CurrentUsers.require();
        Instant now = clock.instant();
        Checks checks = new Checks();
        String given = checks.text("givenNames", s.givenNames(), MAX_NAME, "Enter the child's given name");
        String family = checks.text("familyName", s.familyName(), MAX_NAME, "Enter the child's family name");
        LocalDate dob = checks.pastDate("dateOfBirth", s.dateOfBirth(), LocalDate.now(clock),
                "Enter the child's date of birth");
        String nhs = IdentifierScheme.NHS.check(checks, "nhsNumber", s.nhsNumber());
        String upn = IdentifierScheme.UPN.check(checks, "upn", s.upn());
        NewEvent event = s.event() == null ? new NewEvent(null, null, null, null, null, null) : s.event();
        EventValidation.Valid valid = EventValidation.check(event, dob, now, checks);
        checks.throwIfAny();

        Optional<UUID> person = Optional.ofNullable(nhs).flatMap(v -> register.findByIdentifier(IdentifierScheme.NHS, v))
                .or(() -> Optional.ofNullable(upn).flatMap(v -> register.findByIdentifier(IdentifierScheme.UPN, v)))
                .filter(id -> register.find(id).map(c -> c.dateOfBirth().equals(dob)).orElse(false));
        UUID id = UUID.randomUUID();
        UUID eventId = null;
        if (person.isPresent()) {
            eventId = UUID.randomUUID();
            ChronologyEvent stored = new ChronologyEvent(eventId, person.get(), valid.type(), valid.type().version(),
                    user.organisationId(), user.displayName() + " (" + user.role().label() + ")", user.id(),
                    valid.occurredAt(), now, now, SOURCE_SYSTEM, id.toString(), valid.sensitivity(), valid.summary(),
                    valid.childWords(), valid.details());
            events.insert(stored);
            publisher.publishEvent(EventsAccepted.of(stored));
        }
        Submission.Status status = person.isPresent() ? Submission.Status.LINKED
                : Submission.Status.AWAITING_IDENTIFICATION;
        audit.allowed(AuditAction.WRITE, person.orElse(null), "submission/" + id,
                "Shared information about a child (" + status.name().toLowerCase().replace('_', ' ') + ")",
                LegalBasis.CONTRIBUTION);
        submissions.insert(new SubmissionRepository.Row(id, user.id(), now, given, family, dob, nhs, upn, valid.type(),
                valid.occurredAt(), valid.summary(), valid.childWords(), valid.sensitivity(), valid.details(), status,
                person.orElse(null), eventId));
        return new Submission(id, now, given + " " + family, dob, valid.type(), valid.occurredAt(), valid.summary(),
                status, null);
    }

    /** The signed-in person's own submissions, newest first, with what became of each. */
    public List<Submission> mine() {
        access.requireCapability(Capability.SUBMIT_INFORMATION, AuditAction.READ, "submissions");
        CurrentUser user = CurrentUsers.require();
        audit.allowed(AuditAction.READ, null, "own submissions", "Contributor viewing their own submissions",
                LegalBasis.CONTRIBUTION);
        return submissions.by(user.id(), 200).stream().map(row -> new Submission(row.id(), row.submittedAt(),
                row.givenNames() + " " + row.familyName(), row.dateOfBirth(), row.type(), row.occurredAt(),
                row.summary(), row.status(), row.personId() == null ? null
                : events.firstSeenAfter(row.personId(), row.submittedAt(), user.id()).orElse(null))).toList();
    }
}
