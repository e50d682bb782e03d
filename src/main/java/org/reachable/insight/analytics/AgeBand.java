package org.reachable.insight.analytics;

/** Age bands of the derived day table: the Serious Violence Duty's "under 25", split at 18 (children). */
public enum AgeBand {
    UNDER_18("0-17"),
    FROM_18_TO_24("18-24"),
    FROM_25("25+");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
