package org.reachable.agencies;

/** The kinds of organisation in a local safeguarding partnership, with the family each belongs to. */
public enum OrganisationKind {
    CHILDRENS_SOCIAL_CARE("Children's social care", Sector.SOCIAL_CARE),
    MASH("Multi-agency safeguarding hub", Sector.SOCIAL_CARE),
    EARLY_HELP("Early help", Sector.SOCIAL_CARE),
    POLICE("Police", Sector.POLICE),
    SCHOOL("School", Sector.EDUCATION),
    COLLEGE("College", Sector.EDUCATION),
    PUPIL_REFERRAL_UNIT("Pupil referral unit", Sector.EDUCATION),
    ALTERNATIVE_PROVISION("Alternative provision", Sector.EDUCATION),
    SEND_SERVICE("Local authority SEND service", Sector.EDUCATION),
    EMERGENCY_DEPARTMENT("Emergency department", Sector.HEALTH),
    AMBULANCE("Ambulance service", Sector.HEALTH),
    SCHOOL_NURSING("School nursing", Sector.HEALTH),
    CAMHS("Child and adolescent mental health services", Sector.HEALTH),
    COMMUNITY_HEALTH("Community health (therapies and neurodevelopmental)", Sector.HEALTH),
    GP("GP practice", Sector.HEALTH),
    YOUTH_JUSTICE("Youth justice service", Sector.YOUTH_JUSTICE),
    HOUSING("Housing", Sector.HOUSING),
    VOLUNTARY_COMMUNITY("Voluntary and community sector", Sector.COMMUNITY),
    COMMUNITY_SAFETY("Community safety / violence reduction unit", Sector.COMMUNITY);

    /** Broad families of agency, used to group and filter a chronology. */
    public enum Sector { SOCIAL_CARE, POLICE, EDUCATION, HEALTH, YOUTH_JUSTICE, HOUSING, COMMUNITY }

    private final String label;
    private final Sector sector;

    OrganisationKind(String label, Sector sector) {
        this.label = label;
        this.sector = sector;
    }

    public String label() {
        return label;
    }

    public Sector sector() {
        return sector;
    }
}
