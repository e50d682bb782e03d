package org.reachable.chronology;

import java.util.Arrays;

/** DfE primary SEN need types. */
public enum SendNeed {
    SPLD("Specific learning difficulty"), MLD("Moderate learning difficulty"), SLD("Severe learning difficulty"),
    PMLD("Profound and multiple learning difficulty"), SEMH("Social, emotional and mental health"),
    SLCN("Speech, language and communication needs"), HI("Hearing impairment"), VI("Visual impairment"),
    MSI("Multi-sensory impairment"), PD("Physical disability"), ASD("Autistic spectrum disorder"),
    OTH("Other difficulty or disability");

    private final String label;

    SendNeed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static String[] codes() {
        return Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
    }
}
