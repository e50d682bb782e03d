package org.reachable.identity;

import java.util.UUID;

/**
 * A family or household relationship. {@code relatedPersonId} is set when the other person is in the register (a
 * sibling); parents and carers may be known only by name.
 */
public record Relationship(UUID relatedPersonId, String relatedName, Kind kind, boolean sameHousehold,
                           boolean parentalResponsibility) {

    public enum Kind {
        MOTHER("Mother"), FATHER("Father"), STEP_PARENT("Step-parent"), CARER("Carer"), GRANDPARENT("Grandparent"),
        SIBLING("Sibling"), HALF_SIBLING("Half-sibling"), OTHER_RELATIVE("Other relative"),
        HOUSEHOLD_MEMBER("Household member");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
