package org.reachable.chronology;

/** Groups of event types, for filtering a chronology. */
public enum EventFamily {
    POLICE("Police and criminal justice"),
    MISSING("Missing"),
    HEALTH("Health"),
    EDUCATION("Education"),
    SEND("Special educational needs and disability"),
    SOCIAL_CARE("Social care and early help"),
    YOUTH_JUSTICE("Youth justice"),
    HOUSING("Housing"),
    COMMUNITY("Bereavement, peers and online"),
    HELP("Offers of help");

    private final String label;

    EventFamily(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
