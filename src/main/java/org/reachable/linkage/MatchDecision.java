package org.reachable.linkage;

/** What to do with a compared pair, from its match probability and the two thresholds. */
public enum MatchDecision {
    /** At or above the upper threshold: the same person, linked without asking. */
    LINK,
    /** Between the thresholds: a person decides. */
    REVIEW,
    /** Below the lower threshold: different people. */
    NO_LINK
}
