package org.reachable.chronology;

import java.util.Arrays;

/** DfE suspension and permanent exclusion reason codes (school census). */
public enum ExclusionReason {
    PP("Physical assault against a pupil"),
    PA("Physical assault against an adult"),
    VP("Verbal abuse or threatening behaviour against a pupil"),
    VA("Verbal abuse or threatening behaviour against an adult"),
    US("Use or threat of use of an offensive weapon or prohibited item"),
    OW("Offensive weapon or prohibited item"),
    BU("Bullying"),
    RA("Racist abuse"),
    SM("Sexual misconduct"),
    DA("Drug and alcohol related"),
    DM("Damage"),
    TH("Theft"),
    MT("Inappropriate use of social media or online technology"),
    WT("Wilful and repeated transgression of protective measures"),
    DB("Persistent or general disruptive behaviour"),
    AB("Abuse against sexual orientation or gender identity"),
    AD("Abuse relating to disability"),
    OT("Other");

    private final String label;

    ExclusionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static String[] codes() {
        return Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
    }
}
