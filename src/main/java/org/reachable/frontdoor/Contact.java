package org.reachable.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contact at the front door: a concern raised by a referrer, or an automatic contact from an agency event.
 * {@code referrerAgency} is the kind of agency it came from; {@code childSex} and {@code childEthnicity} are recorded
 * when it arrives, only to monitor the front door's decisions for disproportionality.
 */
public record Contact(UUID id, String reference, UUID personId, Origin origin, UUID sourceEventId,
                      String sourceEventType, UUID referrerUserId, String referrerName, UUID referrerOrganisationId,
                      Instant receivedAt, boolean outOfHours, LocalDate decisionDue, List<ConcernCategory> categories,
                      String whatHappened, String whyWorried, String childVoice, String parentVoice, String ethnicity,
                      String culturalHeritage, String sendOrDisability, FamilyKnows familyKnows,
                      SharingBasis sharingBasis, Urgency urgency, List<MissingContent> missingContent, Status status,
                      Rag rag, String screeningNote, String screenedBy, Instant screenedAt, Decision decision,
                      String decisionReason, String decidedBy, Instant decidedAt, String namedContact,
                      LocalDate assessmentDue, int version, String referrerAgency, String childSex,
                      String childEthnicity) {

    /** A concern raised through Reachable, a contact opened by an agency's event, or one from earlier records. */
    public enum Origin { REFERRAL, AUTOMATIC, HISTORIC }

    public enum Status { OPEN, DECIDED }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** Decided by the end of the due day (London time). Open contacts are not yet on time or late. */
    public Boolean decidedOnTime() {
        return decidedAt == null ? null : !WorkingDays.londonDate(decidedAt).isAfter(decisionDue);
    }
}
