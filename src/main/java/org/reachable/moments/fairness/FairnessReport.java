package org.reachable.moments.fairness;

import java.time.Instant;
import java.util.List;

/** Fairness of every rule, and of all rules together (first), over one period. */
public record FairnessReport(Instant from, Instant to, Breakdown breakdown, double threshold,
                             List<RuleFairness> rules) {

    /** By broad ethnic group only, or by ethnic group, sex and age band. */
    public enum Breakdown { ETHNICITY, ETHNICITY_SEX_AGE }
}
