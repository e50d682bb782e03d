package org.reachable.chronology;

import java.time.LocalDate;
import java.util.List;
import org.reachable.access.TeamMember;

/**
 * What a practitioner needs to know first about a child, derived from every agency's events: social care status,
 * school and attendance, SEND, youth justice, recent counts, and who is working with them.
 */
public record KeyFacts(Fact socialCare, Fact school, Fact attendance, Fact send, Fact youthJustice,
                       List<Fact> recent, List<TeamMember> team, List<String> teamOrganisations) {

    /** A fact in words, with the date it has been true since (null if none). */
    public record Fact(String text, LocalDate since) {
    }
}
