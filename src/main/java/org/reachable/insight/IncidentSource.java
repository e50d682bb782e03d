package org.reachable.insight;

/**
 * Where an incident comes from. Using several sources is the point: partnerships that use police data alone
 * underestimate violence. Only some sources have times of day (police.uk street crime is monthly).
 */
public enum IncidentSource {
    STREET_CRIME("Police-recorded street crime (police.uk)", false),
    ED_ASSAULT("Emergency department assault attendances (ISTV)", true),
    AMBULANCE("Ambulance call-outs for assault", true),
    SCHOOL_EXCLUSION("School suspensions and exclusions", false),
    FIRE("Fire service incidents", true);

    private final String label;
    private final boolean hasTimes;

    IncidentSource(String label, boolean hasTimes) {
        this.label = label;
        this.hasTimes = hasTimes;
    }

    public String label() {
        return label;
    }

    public boolean hasTimes() {
        return hasTimes;
    }

    /** The source's name in addresses and the import command: street-crime, ed-assault, ... */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public static java.util.Optional<IncidentSource> fromSlug(String slug) {
        return java.util.Arrays.stream(values()).filter(s -> s.slug().equals(slug)).findFirst();
    }
}
