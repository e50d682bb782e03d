package org.reachable.insight;

/** One refused row of an imported file: the line (1 is the header), the field, the value given and the rule broken. */
public record ImportProblem(long line, String field, String value, String rule) {

    private static final int SHOWN_VALUE_LIMIT = 80;

    public ImportProblem {
        if (value != null && value.length() > SHOWN_VALUE_LIMIT) {
            value = value.substring(0, SHOWN_VALUE_LIMIT) + "…";
        }
    }

    @Override
    public String toString() {
        return "line " + line + ", " + field + " = '" + (value == null ? "" : value) + "': " + rule;
    }
}
