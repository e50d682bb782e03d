package org.reachable.frontdoor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.AuditSubject;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.LegalBasis;
import org.reachable.frontdoor.internal.ContactRepository;
import org.reachable.identity.ChildRegister;
import org.springframework.stereotype.Service;

/** The MASH's queue of open contacts, most pressing first, with each one's working-day clock. */
@Service
public class MashQueue {

    static final int LIMIT = 500;

    private final ContactRepository contacts;
    private final ChildRegister register;
    private final ChildRecordAccess access;
    private final Audit audit;
    private final java.time.Clock clock;
    private final WorkingDays calendar = WorkingDays.england();

    MashQueue(ContactRepository contacts, ChildRegister register, ChildRecordAccess access, Audit audit,
              java.time.Clock clock) {
        this.contacts = contacts;
        this.register = register;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** All open contacts (the first {@value #LIMIT}, most pressing first). */
    public List<QueueItem> open() {
        return open(null);
    }

    /** How many contacts are open in all, for "showing the first 500 of N". */
    public long countOpen() {
        access.requireCapability(Capability.WORK_FRONT_DOOR, AuditAction.READ, "frontdoor/queue");
        return contacts.countOpen();
    }

    /**
     * Open contacts received since {@code since} (null: all), most pressing first, at most {@value #LIMIT}. Shows
     * children's names, so each child on the queue gets a row in the audit log.
     */
    public List<QueueItem> open(java.time.Instant since) {
        access.requireCapability(Capability.WORK_FRONT_DOOR, AuditAction.READ, "frontdoor/queue");
        List<Contact> open = contacts.open(since, LIMIT);
        Map<java.util.UUID, String> names = register.names(open.stream().map(Contact::personId).toList());
        LocalDate today = WorkingDays.londonDate(clock.instant());
        audit.allowedAll(AuditAction.READ, open.stream().map(c -> new AuditSubject(c.personId(),
                "frontdoor/queue", "MASH queue: open contact " + c.reference())).toList(), LegalBasis.SAFEGUARDING);
        return open.stream().map(c -> new QueueItem(c.id(), c.reference(), c.personId(),
                names.getOrDefault(c.personId(), "Unknown child"), c.origin(), c.sourceEventType(), c.referrerName(),
                c.receivedAt(), c.outOfHours(), c.categories(), c.urgency(), c.rag(), c.decisionDue(),
                calendar.between(WorkingDays.londonDate(c.receivedAt()), today), clockOf(c.decisionDue(), today)))
                .toList();
    }

    static QueueItem.Clock clockOf(LocalDate due, LocalDate today) {
        return today.isAfter(due) ? QueueItem.Clock.OVERDUE
                : today.isEqual(due) ? QueueItem.Clock.DUE_TODAY : QueueItem.Clock.ON_TIME;
    }
}
