package org.reachable.chronology;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.reachable.access.AuditAction;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.CurrentUser;
import org.reachable.access.CurrentUsers;
import org.reachable.identity.ChildRecord;
import org.reachable.identity.ChildRegister;
import org.reachable.platform.validation.Checks;
import org.reachable.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A practitioner with a legitimate relationship adds an entry to a child's chronology. Validated against the
 * taxonomy; nothing is written if any field is wrong.
 */
@Service
public class RecordEvent {

    static final String SOURCE_SYSTEM = "reachable";

    private final org.reachable.chronology.internal.ChronologyRepository repository;
    private final ChildRecordAccess access;
    private final ChildRegister register;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    RecordEvent(org.reachable.chronology.internal.ChronologyRepository repository, ChildRecordAccess access,
                ChildRegister register, Clock clock, ApplicationEventPublisher publisher) {
        this.repository = repository;
        this.access = access;
        this.register = register;
        this.clock = clock;
        this.publisher = publisher;
    }

    @Transactional
    public UUID record(UUID personId, NewEvent event) {
        access.requireCapability(org.reachable.access.Capability.RECORD_EVENT, AuditAction.WRITE,
                "chronology/" + personId);
        access.requireRead(personId, AuditAction.WRITE, "chronology/" + personId);
        ChildRecord child = register.find(personId)
                .orElseThrow(() -> new NotFoundException("No child with that id"));
        Instant now = clock.instant();
        Checks checks = new Checks();
        EventValidation.Valid valid = EventValidation.check(event, child.dateOfBirth(), now, checks);
        checks.throwIfAny();
        CurrentUser user = CurrentUsers.require();
        UUID id = UUID.randomUUID();
        ChronologyEvent stored = new ChronologyEvent(id, personId, valid.type(), valid.type().version(),
                user.organisationId(), user.displayName() + " (" + user.role().label() + ")", user.id(),
                valid.occurredAt(), now, now, SOURCE_SYSTEM, id.toString(), valid.sensitivity(), valid.summary(),
                valid.childWords(), valid.details());
        repository.insert(stored);
        publisher.publishEvent(EventsAccepted.of(stored));
        return id;
    }
}
