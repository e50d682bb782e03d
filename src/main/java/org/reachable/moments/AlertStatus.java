package org.reachable.moments;

/** Where an alert stands: a practitioner acknowledges it, acts on it (saying what was done) or dismisses it. */
public enum AlertStatus {
    OPEN("New"), ACKNOWLEDGED("Acknowledged"), ACTED("Acted on"), DISMISSED("Dismissed");

    private final String label;

    AlertStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
