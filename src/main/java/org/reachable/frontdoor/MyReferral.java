package org.reachable.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a referrer sees of their own referral: the outcome, the reason and whom to contact, and any escalation. Not the
 * MASH's screening notes or partners' answers.
 */
public record MyReferral(UUID contactId, String reference, String childName, Instant receivedAt,
                         LocalDate decisionDue, Contact.Status status, Decision decision, String decisionLabel,
                         String reason, String namedContact, Instant decidedAt, List<MissingContent> missingContent,
                         List<Escalation> escalations) {
}
