package org.reachable.linkage;

/**
 * How to decide and cluster. Probabilities are of being the same person.
 *
 * @param linkThreshold at or above: link automatically
 * @param reviewThreshold at or above (and below {@code linkThreshold}): send to review
 * @param clusterCoherence every pair of records in one cluster must be at least this probable; a merge that would
 *        break it is refused (so weak links cannot chain two different people together)
 * @param oneToOne link two sources that have no duplicates inside them: each record links to at most one record of
 *        each other source
 * @param maxBlockSize blocks larger than this are not compared (and are reported), so one very common key cannot
 *        make the work quadratic
 * @param check check digits of identifiers
 * @param householdCheck two records that could be siblings (same surname, same postcode or address) link
 *        automatically only with personal evidence too (an identifier, or given name and date of birth); otherwise
 *        they go to review. On by default; only data with no families in it (FEBRL) can do without.
 */
public record LinkageSettings(double linkThreshold, double reviewThreshold, double clusterCoherence, boolean oneToOne,
                              int maxBlockSize, IdentifierCheck check, boolean householdCheck) {

    public static final double DEFAULT_LINK = 0.99;
    public static final double DEFAULT_REVIEW = 0.5;
    public static final double DEFAULT_COHERENCE = 0.001;
    public static final int DEFAULT_MAX_BLOCK = 1_000;

    public LinkageSettings {
        if (!(reviewThreshold > 0 && reviewThreshold <= linkThreshold && linkThreshold < 1)) {
            throw new IllegalArgumentException("Thresholds must satisfy 0 < review (" + reviewThreshold
                    + ") <= link (" + linkThreshold + ") < 1");
        }
        if (!(clusterCoherence >= 0 && clusterCoherence <= reviewThreshold)) {
            throw new IllegalArgumentException("Cluster coherence (" + clusterCoherence
                    + ") must be between 0 and the review threshold (" + reviewThreshold + ")");
        }
        if (maxBlockSize < 2) {
            throw new IllegalArgumentException("The largest block compared must hold at least 2 records, not "
                    + maxBlockSize);
        }
        check = check == null ? IdentifierCheck.NONE : check;
    }

    public static LinkageSettings defaults(IdentifierCheck check) {
        return new LinkageSettings(DEFAULT_LINK, DEFAULT_REVIEW, DEFAULT_COHERENCE, false, DEFAULT_MAX_BLOCK, check,
                true);
    }

    public LinkageSettings withOneToOne(boolean value) {
        return new LinkageSettings(linkThreshold, reviewThreshold, clusterCoherence, value, maxBlockSize, check,
                householdCheck);
    }

    public LinkageSettings withThresholds(double link, double review) {
        return new LinkageSettings(link, review, Math.min(clusterCoherence, review), oneToOne, maxBlockSize, check,
                householdCheck);
    }

    public LinkageSettings withClusterCoherence(double value) {
        return new LinkageSettings(linkThreshold, reviewThreshold, value, oneToOne, maxBlockSize, check,
                householdCheck);
    }

    public LinkageSettings withMaxBlockSize(int value) {
        return new LinkageSettings(linkThreshold, reviewThreshold, clusterCoherence, oneToOne, value, check,
                householdCheck);
    }

    public LinkageSettings withHouseholdCheck(boolean value) {
        return new LinkageSettings(linkThreshold, reviewThreshold, clusterCoherence, oneToOne, maxBlockSize, check,
                value);
    }

    public MatchDecision decide(double probability) {
        return probability >= linkThreshold ? MatchDecision.LINK
                : probability >= reviewThreshold ? MatchDecision.REVIEW : MatchDecision.NO_LINK;
    }
}
