package org.reachable.frontdoor;

import java.util.Arrays;
import java.util.Optional;

/** Whether the child and family know about this referral (they should be told what is shared and why, where safe). */
public enum FamilyKnows {
    YES("Yes, the family knows"),
    NO("No, not yet"),
    NOT_SAFE("No, it would not be safe to tell them");

    private final String label;

    FamilyKnows(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<FamilyKnows> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(code)).findFirst();
    }
}
