package org.reachable.frontdoor;

import java.util.List;

/** Everything about one contact the MASH works on: the contact, the child's name, requests, discussions, escalations. */
public record ContactFile(Contact contact, String childName, String referrerOrganisation,
                          List<InformationRequest> requests, List<StrategyDiscussion> discussions,
                          List<Escalation> escalations, QueueItem.Clock decisionClock) {
}
