package org.reachable.context;

import java.util.Arrays;
import java.util.Optional;

/** A context's lifecycle: referral, assessment, plan (with owned actions), review, and closed. */
public enum ContextStage {
    REFERRAL("Referral"),
    ASSESSMENT("Assessment"),
    PLAN("Plan"),
    REVIEW("Review"),
    CLOSED("Closed");

    private final String label;

    ContextStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ContextStage> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(code)).findFirst();
    }

    public static String allowedCodes() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
