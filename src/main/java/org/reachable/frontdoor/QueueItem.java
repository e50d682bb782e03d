package org.reachable.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One open contact on the MASH queue with its clock: working days since receipt, when the decision is due, and
 * whether it is due today or overdue (Working Together: a decision within one working day of receipt).
 */
public record QueueItem(UUID contactId, String reference, UUID personId, String childName, Contact.Origin origin,
                        String sourceEventType, String referrerName, Instant receivedAt, boolean outOfHours,
                        List<ConcernCategory> categories, Urgency urgency, Rag rag, LocalDate decisionDue,
                        int workingDaysOpen, Clock clock) {

    /** Where the decision clock stands today. */
    public enum Clock { ON_TIME, DUE_TODAY, OVERDUE }
}
