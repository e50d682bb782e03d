package org.reachable.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reachable.linkage.internal.BlockingRule;
import org.reachable.linkage.internal.Field;
import org.reachable.linkage.internal.MatchModel;
import org.reachable.linkage.internal.Nicknames;
import org.reachable.linkage.internal.Schema;

/**
 * A trained Fellegi-Sunter model with the settings it decides by: what {@link LinkageIndex} scores incoming records
 * with. Get one from {@link Linkage#train} or from a batch {@link LinkageResult#model()}.
 */
public final class LinkageModel {

    private final Schema schema;
    private final MatchModel weights;
    private final LinkageSettings settings;
    private final Nicknames nicknames;
    private final List<BlockingRule> rules;

    LinkageModel(Schema schema, MatchModel weights, LinkageSettings settings, Nicknames nicknames,
                 List<BlockingRule> rules) {
        this.schema = schema;
        this.rules = rules;
        this.weights = weights;
        this.settings = settings;
        this.nicknames = nicknames;
    }

    /**
     * The learned numbers, enough to store a model and rebuild it with {@link #of} instead of training again: the
     * identifier schemes and attributes compared, the prior, and m and u for each field's levels (in the order of
     * {@link #describe()}; index 0 of each row, "not recorded", is unused).
     */
    public record Parameters(List<String> schemes, List<String> attributes, double prior, List<double[]> m,
                             List<double[]> u) {

        public Parameters {
            schemes = List.copyOf(schemes);
            attributes = List.copyOf(attributes);
            m = m.stream().map(double[]::clone).toList();
            u = u.stream().map(double[]::clone).toList();
        }
    }

    /** This model's learned numbers, to store (see {@link Parameters}). */
    public Parameters parameters() {
        List<double[]> m = new ArrayList<>();
        List<double[]> u = new ArrayList<>();
        for (int f = 0; f < weights.fields().size(); f++) {
            int levels = weights.fields().get(f).kind().levels();
            double[] mf = new double[levels];
            double[] uf = new double[levels];
            for (int l = 1; l < levels; l++) {
                mf[l] = weights.m(f, l);
                uf[l] = weights.u(f, l);
            }
            m.add(mf);
            u.add(uf);
        }
        return new Parameters(schema.schemes(), schema.attributes(), weights.prior(), m, u);
    }

    /**
     * A model rebuilt from stored numbers, deciding by {@code settings} (whose identifier check says which schemes
     * have check digits). Attributes are compared but get no blocking rule of their own (that rule depends on the
     * training records). Throws IllegalArgumentException when the numbers do not fit the fields.
     */
    public static LinkageModel of(Parameters parameters, LinkageSettings settings) {
        boolean[] checked = new boolean[parameters.schemes().size()];
        for (int s = 0; s < checked.length; s++) {
            checked[s] = settings.check().hasCheckDigit(parameters.schemes().get(s));
        }
        Schema schema = new Schema(parameters.schemes(), checked, parameters.attributes());
        List<Field> fields = Field.of(schema);
        if (parameters.m().size() != fields.size() || parameters.u().size() != fields.size()) {
            throw new IllegalArgumentException("Stored model has " + parameters.m().size() + " fields; its schemes "
                    + "and attributes need " + fields.size());
        }
        double[][] m = new double[fields.size()][];
        double[][] u = new double[fields.size()][];
        for (int f = 0; f < fields.size(); f++) {
            m[f] = parameters.m().get(f).clone();
            u[f] = parameters.u().get(f).clone();
            if (m[f].length != fields.get(f).kind().levels() || u[f].length != m[f].length) {
                throw new IllegalArgumentException("Stored model's " + fields.get(f).label() + " has "
                        + m[f].length + " levels, not " + fields.get(f).kind().levels());
            }
        }
        if (!(parameters.prior() > 0 && parameters.prior() < 1)) {
            throw new IllegalArgumentException("Stored prior " + parameters.prior() + " is not a probability");
        }
        return new LinkageModel(schema, new MatchModel(fields, m, u, parameters.prior()), settings,
                Nicknames.standard(), BlockingRule.standard(schema));
    }

    public LinkageSettings settings() {
        return settings;
    }

    /** The same weights deciding by other thresholds. */
    public LinkageModel withSettings(LinkageSettings other) {
        return new LinkageModel(schema, weights, other, nicknames, rules);
    }

    /** The prior probability that two records picked at random are the same person. */
    public double prior() {
        return weights.prior();
    }

    /** One line per field and level: m, u and the weight in bits, for reports and documentation. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "prior probability of a match %.3g", weights.prior()));
        for (int f = 0; f < weights.fields().size(); f++) {
            Field field = weights.fields().get(f);
            for (int l = 1; l < field.kind().levels(); l++) {
                double m = weights.m(f, l);
                double u = weights.u(f, l);
                lines.add(String.format(Locale.ROOT, "%-16s %-62s m=%.4f u=%.6f weight=%+.2f", field.label(),
                        field.kind().finding(l), m, u, Math.log(Math.max(m, 1e-6) / Math.max(u, 1e-6)) / Math.log(2)));
            }
        }
        return lines;
    }

    Schema schema() {
        return schema;
    }

    MatchModel weights() {
        return weights;
    }

    List<BlockingRule> rules() {
        return rules;
    }

    Nicknames nicknames() {
        return nicknames;
    }
}
