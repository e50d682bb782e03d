package org.reachable.linkage.internal;

import java.util.List;

/**
 * The learned Fellegi-Sunter model: for each field and level, m (probability of the level when the two records are
 * the same person) and u (when they are not), and the prior probability that two random records are the same
 * person. A pair's match weight is log2 of the prior odds plus, per field, log2(m/u); where the values agree
 * exactly on a name, postcode, address or attribute, u is that value's own frequency (so agreeing on a rare surname
 * counts for more than agreeing on a common one).
 */
public final class MatchModel {

    static final double MIN_PROBABILITY = 1e-6;

    private final List<Field> fields;
    private final double[][] m;
    private final double[][] u;
    private final double prior;
    private final double[][] weights;
    private final double priorWeight;

    public MatchModel(List<Field> fields, double[][] m, double[][] u, double prior) {
        this.fields = fields;
        this.m = m;
        this.u = u;
        this.prior = prior;
        this.priorWeight = log2(prior / (1 - prior));
        this.weights = new double[fields.size()][];
        for (int f = 0; f < fields.size(); f++) {
            weights[f] = new double[m[f].length];
            for (int l = 1; l < m[f].length; l++) {
                weights[f][l] = log2(Math.max(m[f][l], MIN_PROBABILITY) / Math.max(u[f][l], MIN_PROBABILITY));
            }
        }
    }

    public List<Field> fields() {
        return fields;
    }

    public double m(int field, int level) {
        return m[field][level];
    }

    public double u(int field, int level) {
        return u[field][level];
    }

    public double prior() {
        return prior;
    }

    /** The match weight (bits) of two compared records with this pattern. */
    public double weight(EncodedRecords r, int i, long pattern) {
        double w = priorWeight;
        for (int f = 0; f < weights.length; f++) {
            w += fieldWeight(r, i, pattern, f);
        }
        return w;
    }

    /** One field's contribution, with the frequency adjustment when its values agree exactly. */
    public double fieldWeight(EncodedRecords r, int i, long pattern, int f) {
        int level = Field.level(pattern, f);
        if (level != FieldKind.EXACT || !fields.get(f).kind().frequencyAdjusted()) {
            return weights[f][level];
        }
        double frequency = frequency(r, i, fields.get(f));
        if (Double.isNaN(frequency)) {
            return weights[f][level];
        }
        return log2(Math.max(m[f][level], MIN_PROBABILITY) / Math.max(frequency, MIN_PROBABILITY));
    }

    /** The prior odds as a weight: what a pair's weight starts from before any field is compared. */
    public double priorWeight() {
        return priorWeight;
    }

    /**
     * The most field {@code f} can add to the weight of a pair with record {@code i}: its best level's weight, the
     * exact level adjusted for how common i's value is; never less than 0 (the field missing on one side).
     */
    public double maxFieldWeight(EncodedRecords r, int i, int f) {
        Field field = fields.get(f);
        if (field.kind().frequencyAdjusted() && value(r, i, field) < 0) {
            return 0; // not recorded on i: level 0 with every record
        }
        double best = 0;
        for (int level = 1; level < weights[f].length; level++) {
            best = Math.max(best, level == FieldKind.EXACT ? fieldWeight(r, i, (long) level << 3 * f, f)
                    : weights[f][level]);
        }
        return best;
    }

    private static double frequency(EncodedRecords r, int i, Field field) {
        int value = value(r, i, field);
        return switch (field.kind()) {
            case GIVEN -> r.givenCounts.frequency(value);
            case FAMILY -> r.familyCounts.frequency(value);
            case POSTCODE -> r.postcodeCounts.frequency(value);
            case ADDRESS -> r.addressCounts.frequency(value);
            case ATTRIBUTE -> r.attributeCounts[field.slot()].frequency(value);
            default -> throw new IllegalStateException("Not frequency adjusted: " + field);
        };
    }

    /** Record i's value of a frequency-adjusted field (its id in the field's dictionary), negative when missing. */
    private static int value(EncodedRecords r, int i, Field field) {
        return switch (field.kind()) {
            case GIVEN -> r.given[i];
            case FAMILY -> r.family[i];
            case POSTCODE -> r.postcode[i];
            case ADDRESS -> r.address[i];
            case ATTRIBUTE -> r.attribute[field.slot()][i];
            default -> throw new IllegalStateException("Not frequency adjusted: " + field);
        };
    }

    public static double probability(double weight) {
        return 1.0 / (1.0 + Math.pow(2, -weight));
    }

    /** The weight that gives this probability. */
    public static double weightOf(double probability) {
        return log2(probability / (1 - probability));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
