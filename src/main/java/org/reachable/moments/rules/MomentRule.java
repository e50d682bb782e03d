package org.reachable.moments.rules;

import java.util.List;

/**
 * One rule of the partnership's set: what it looks for, why that matters (rationale and the evidence behind it) and
 * what a practitioner might do. Versioned: a change makes a new version, reviewed before it is used.
 *
 * @param trigger           EVENT: judged when an event arrives (it must be part of the evidence); DAILY: judged
 *                          each morning for every child (transition points, which no event announces)
 * @param suppressionDays   the same rule does not alert again for the same child within this many days
 * @param escalateAfterHours an alert nobody has acknowledged after this long goes to team managers
 */
public record MomentRule(String key, String name, Kind kind, Trigger trigger, String rationale, String evidence,
                         List<String> nextSteps, int suppressionDays, int escalateAfterHours, Condition condition) {

    public MomentRule {
        nextSteps = List.copyOf(nextSteps);
    }

    public enum Kind {
        CUMULATIVE_HARM("Cumulative harm"), CRITICAL_MOMENT("Critical moment");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Trigger { EVENT, DAILY }
}
