package org.reachable.linkage.internal;

/**
 * Compares one incoming record (the probe) with many held ones when only pairs reaching a match weight matter (the
 * streaming index's candidates). The cheap fields are compared first; the names, then the address and attributes,
 * only while the pair can still reach the weight: its weight so far plus the most each field left can add for this
 * probe ({@link MatchModel#maxFieldWeight}). Most records sharing a block with a probe are other children (the same
 * date of birth, a different NHS number and name), so most pairs stop before their names are compared, which were
 * the bulk of the cost. A pair that can reach the weight gets its full pattern, exactly as
 * {@link PairComparator#pattern} gives it. Not thread-safe: one probe at a time.
 */
public final class ThresholdScorer {

    /** Returned for a pair whose weight is certainly below the threshold (no pattern uses the top bits). */
    public static final long BELOW = -1;
    /** Leaves room for rounding: sums in another order may differ in the last bits, and no pair is lost to that. */
    private static final double MARGIN = 1e-9;

    private final EncodedRecords records;
    private final PairComparator comparator;
    private final MatchModel model;
    private final int[] cheapFields;
    private int probe;
    private double needed;
    private double namesAndRest;
    private double familyAndRest;
    private double rest;

    public ThresholdScorer(EncodedRecords records, PairComparator comparator, MatchModel model) {
        this.records = records;
        this.comparator = comparator;
        this.model = model;
        int schemes = records.schema.schemes().size();
        this.cheapFields = new int[3 + schemes];
        cheapFields[0] = Field.BIRTH;
        cheapFields[1] = Field.SEX;
        cheapFields[2] = Field.POSTCODE;
        for (int s = 0; s < schemes; s++) {
            cheapFields[3 + s] = Schema.FIXED_FIELDS + s;
        }
    }

    /** Starts scoring pairs with this probe, keeping those whose weight can reach {@code weight}. */
    public void start(int probe, double weight) {
        this.probe = probe;
        this.needed = weight - MARGIN;
        this.rest = model.maxFieldWeight(records, probe, Field.ADDRESS);
        for (int f = Schema.FIXED_FIELDS + records.schema.schemes().size(); f < model.fields().size(); f++) {
            rest += model.maxFieldWeight(records, probe, f);
        }
        this.familyAndRest = rest + model.maxFieldWeight(records, probe, Field.FAMILY);
        this.namesAndRest = familyAndRest + model.maxFieldWeight(records, probe, Field.GIVEN);
    }

    /** The pair's comparison pattern, or {@link #BELOW} when its weight cannot reach the threshold. */
    public long pattern(int held) {
        long pattern = comparator.cheapPattern(probe, held);
        double weight = model.priorWeight();
        for (int f : cheapFields) {
            weight += model.fieldWeight(records, probe, pattern, f);
        }
        if (weight + namesAndRest < needed) {
            return BELOW;
        }
        pattern = comparator.withGiven(pattern, probe, held);
        weight += model.fieldWeight(records, probe, pattern, Field.GIVEN);
        if (weight + familyAndRest < needed) {
            return BELOW;
        }
        pattern = comparator.withFamily(pattern, probe, held);
        weight += model.fieldWeight(records, probe, pattern, Field.FAMILY);
        if (weight + rest < needed) {
            return BELOW;
        }
        return comparator.withRest(pattern, probe, held);
    }
}
