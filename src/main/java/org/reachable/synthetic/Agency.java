package org.reachable.synthetic;

import org.reachable.agencies.OrganisationKind;

/** The agencies whose own records of children are written as views for record linkage. */
public enum Agency {
    POLICE("police"), SCHOOL("schools"), HEALTH("health"), CSC("csc"), YJS("yjs");

    private final String fileName;

    Agency(String fileName) {
        this.fileName = fileName;
    }

    /** The view's file: {@code police.csv}, {@code schools.csv}, ... */
    public String fileName() {
        return fileName + ".csv";
    }

    /** The agency whose system holds records made by this kind of organisation (null if none of these). */
    public static Agency of(OrganisationKind kind) {
        return switch (kind) {
            case POLICE -> POLICE;
            case SCHOOL, COLLEGE, PUPIL_REFERRAL_UNIT, ALTERNATIVE_PROVISION -> SCHOOL;
            case EMERGENCY_DEPARTMENT -> HEALTH;
            case CHILDRENS_SOCIAL_CARE, MASH, EARLY_HELP -> CSC;
            case YOUTH_JUSTICE -> YJS;
            default -> null;
        };
    }
}
