package org.reachable.insight;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five high-level groups shared by Census 2021 and police.uk's officer-defined ethnicity. Census 2021 puts
 * Chinese under Asian (2011 put it under Other), so police.uk's self-defined "Asian/Asian British - Chinese" is Asian.
 */
public enum BroadEthnicGroup {
    ASIAN("Asian"),
    BLACK("Black"),
    MIXED("Mixed"),
    WHITE("White"),
    OTHER("Other");

    private final String label;

    BroadEthnicGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** police.uk's officer-defined ethnicity is one of these five words; blank means not recorded. */
    public static Optional<BroadEthnicGroup> fromOfficerDefined(String words) {
        return Arrays.stream(values()).filter(g -> g.label.equalsIgnoreCase(words.trim())).findFirst();
    }
}
