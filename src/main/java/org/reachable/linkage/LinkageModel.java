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
