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

    private static double frequency(EncodedRecords r, int i, Field field) {
        return switch (field.kind()) {
            case GIVEN -> r.givenCounts.frequency(r.given[i]);
            case FAMILY -> r.familyCounts.frequency(r.family[i]);
            case POSTCODE -> r.postcodeCounts.frequency(r.postcode[i]);
            case ADDRESS -> r.addressCounts.frequency(r.address[i]);
            case ATTRIBUTE -> r.attributeCounts[field.slot()].frequency(r.attribute[field.slot()][i]);
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
