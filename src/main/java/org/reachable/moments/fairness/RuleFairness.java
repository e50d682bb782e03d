package org.reachable.moments.fairness;

import java.util.List;

/** One rule's fairness (or, with a null key, all rules together): its rows and whether it is flagged for review. */
public record RuleFairness(String ruleKey, String ruleName, List<FairnessRow> rows, List<String> flags) {

    public boolean flagged() {
        return !flags.isEmpty();
    }
}
