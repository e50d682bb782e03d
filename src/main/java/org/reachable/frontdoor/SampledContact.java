package org.reachable.frontdoor;

/** A contact drawn for a multi-agency case audit: the reference the auditors look up, and what was decided. */
public record SampledContact(String reference, String origin, String referrerAgency, Decision decision,
                             boolean decidedOnTime) {
}
