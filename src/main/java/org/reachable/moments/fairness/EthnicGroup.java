package org.reachable.moments.fairness;

import org.reachable.identity.Ethnicity;

/**
 * The broad groups of the Census 2021 classification, from the DfE codes the register holds. Chinese is under Asian
 * as in Census 2021 (and in the insight module's mapping); refused and not obtained are "not known".
 */
public enum EthnicGroup {
    WHITE("White"), MIXED("Mixed"), ASIAN("Asian"), BLACK("Black"), OTHER("Other"), NOT_KNOWN("Not known");

    private final String label;

    EthnicGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static EthnicGroup of(Ethnicity ethnicity) {
        if (ethnicity == null) {
            return NOT_KNOWN;
        }
        return switch (ethnicity) {
            case WBRI, WIRI, WIRT, WOTH, WROM -> WHITE;
            case MWBC, MWBA, MWAS, MOTH -> MIXED;
            case AIND, APKN, ABAN, AOTH, CHNE -> ASIAN;
            case BCRB, BAFR, BOTH -> BLACK;
            case OOTH -> OTHER;
            case REFU, NOBT -> NOT_KNOWN;
        };
    }
}
