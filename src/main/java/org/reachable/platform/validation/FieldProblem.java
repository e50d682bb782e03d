package org.reachable.platform.validation;

/**
 * One thing wrong with one field of someone's input: which field, the value given and the rule it broke, in words a
 * practitioner can act on ("Enter a date of birth in the past").
 */
public record FieldProblem(String field, String rejectedValue, String message) {

    private static final int SHOWN_VALUE_LIMIT = 80;

    public FieldProblem {
        if (rejectedValue != null && rejectedValue.length() > SHOWN_VALUE_LIMIT) {
            rejectedValue = rejectedValue.substring(0, SHOWN_VALUE_LIMIT) + "…";
        }
    }
}
