package org.reachable.bench.linkage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.DoubleStream;

import no.priv.garshol.duke.Comparator;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.DataSource;
import no.priv.garshol.duke.DummyLogger;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.datasources.InMemoryDataSource;
import no.priv.garshol.duke.matchers.AbstractMatchListener;

/**
 * Duke 1.2: one property per field with a comparator and low/high probabilities chosen from the field's kind
 * (the same table for every dataset, see README; the variant picks the name and date comparators), Lucene candidate search on the identifying fields, Bayesian
 * combination of the property probabilities. Deduplication uses {@code Processor.deduplicate}; link-only uses
 * Duke's record-linkage mode ({@code link} with {@code matchall=false}: each record of the second file is
 * linked to at most its best match in the first). Duke gives pairs, not clusters; clusters are the connected
 * components of the matched pairs, as Duke's own equivalence-class database builds them.
 */
final class DukeLinker implements Linker<DukeLinker.Scored> {

    /** Pairs at or above {@link #FLOOR}; every threshold tried is at least the floor. */
    record Scored(List<String[]> pairs, double[] confidence, long comparisons) {
    }

    static final double FLOOR = 0.5;

    /**
     * Candidate search: Lucene over these fields only, exact terms, at most 50 hits per record. Duke's defaults
     * (lookup fields picked from the threshold, fuzzy terms) found only 1,831 of FEBRL2's 1,934 true pairs as
     * candidates; these settings, chosen on FEBRL2 and then fixed, find all 1,934 (README).
     */
    static final Set<FieldKind> LOOKUP_KINDS = EnumSet.of(FieldKind.GIVEN_NAME, FieldKind.FAMILY_NAME,
            FieldKind.DATE_OF_BIRTH, FieldKind.POSTCODE, FieldKind.IDENTIFIER, FieldKind.NUMBER, FieldKind.EMAIL);

    static final int MAX_SEARCH_HITS = 50;

    private final boolean levenshteinNames;
    private final boolean exactDates;

    DukeLinker(boolean levenshteinNames, boolean exactDates) {
        this.levenshteinNames = levenshteinNames;
        this.exactDates = exactDates;
    }

    /** The variants tried when tuning: names by Jaro-Winkler or Levenshtein, dates by Levenshtein or exactly. */
    static List<DukeLinker> variants() {
        List<DukeLinker> variants = new ArrayList<>();
        for (boolean exactDates : List.of(false, true)) {
            for (boolean levenshteinNames : List.of(false, true)) {
                variants.add(new DukeLinker(levenshteinNames, exactDates));
            }
        }
        return variants;
    }

    @Override
    public String name() {
        return "duke[names-" + (levenshteinNames ? "lev" : "jw") + ",dob-" + (exactDates ? "exact" : "lev") + "]";
    }

    @Override
    public String system() {
        return "Duke 1.2";
    }

    @Override
    public List<Setting> settings(Dataset dataset) {
        List<Double> t = new ArrayList<>(DoubleStream.iterate(0.50, x -> x < 0.95, x -> x + 0.05).boxed().toList());
        t.addAll(List.of(0.95, 0.97, 0.98, 0.99, 0.995, 0.998, 0.999, 0.9995, 0.9999));
        return t.stream().map(x -> new Setting("connected-components", x)).toList();
    }

    @Override
    public Scored score(Dataset dataset) {
        ConfigurationImpl config = new ConfigurationImpl();
        List<Property> properties = new ArrayList<>();
        properties.add(new PropertyImpl("ID"));
        for (Field field : dataset.fields()) {
            PropertyImpl property = property(field);
            property.setLookupBehaviour(LOOKUP_KINDS.contains(field.kind()) ? Property.Lookup.TRUE : Property.Lookup.FALSE);
            properties.add(property);
        }
        config.setProperties(properties);
        config.setThreshold(FLOOR);
        config.setMaybeThreshold(0.0);
        LuceneDatabase database = new LuceneDatabase();
        database.setConfiguration(config);
        database.setOverwrite(true);
        database.setFuzzySearch(false);
        database.setMaxSearchHits(MAX_SEARCH_HITS);
        config.setDatabase(database);

        List<String[]> pairs = new ArrayList<>();
        List<Double> confidences = new ArrayList<>();
        Processor processor = new Processor(config, database);
        processor.setLogger(new DummyLogger());
        processor.addMatchListener(new AbstractMatchListener() {
            @Override
            public synchronized void matches(Record r1, Record r2, double confidence) {
                pairs.add(new String[] {r1.getValue("ID"), r2.getValue("ID")});
                confidences.add(confidence);
            }
        });
        try {
            if (dataset.mode() == Dataset.Mode.DEDUPE) {
                processor.deduplicate(List.of(source(dataset.records())), 40_000);
            } else {
                processor.link(List.of(source(dataset.source(1))), List.of(source(dataset.source(2))), false, 40_000);
            }
            return new Scored(pairs, confidences.stream().mapToDouble(Double::doubleValue).toArray(),
                    processor.getComparisonCount());
        } finally {
            processor.close();
        }
    }

    @Override
    public Clustering cluster(Dataset dataset, Scored scored, Setting setting) {
        List<String[]> kept = new ArrayList<>();
        for (int i = 0; i < scored.pairs().size(); i++) {
            if (scored.confidence()[i] >= setting.threshold()) {
                kept.add(scored.pairs().get(i));
            }
        }
        return Clustering.ofPairs(dataset.ids(), kept);
    }

    @Override
    public long comparisons(Scored scored) {
        return scored.comparisons();
    }

    /**
     * The per-kind comparator and Duke's low and high probabilities (the probability that two records match when
     * the values differ, and when they are equal; a similarity s of at least 0.5 gives 0.5 + (high - 0.5) s^2).
     */
    PropertyImpl property(Field field) {
        return switch (field.kind()) {
            case GIVEN_NAME -> new PropertyImpl(field.name(), nameComparator(), 0.35, 0.88);
            case FAMILY_NAME -> new PropertyImpl(field.name(), nameComparator(), 0.25, 0.92);
            case DATE_OF_BIRTH -> new PropertyImpl(field.name(),
                    exactDates ? new ExactComparator() : new Levenshtein(), 0.15, 0.92);
            case SEX -> new PropertyImpl(field.name(), new ExactComparator(), 0.35, 0.55);
            case POSTCODE -> new PropertyImpl(field.name(), new Levenshtein(), 0.30, 0.80);
            case ADDRESS -> new PropertyImpl(field.name(), new Levenshtein(), 0.35, 0.75);
            case PLACE -> new PropertyImpl(field.name(), new JaroWinkler(), 0.40, 0.70);
            case HOUSE_NUMBER -> new PropertyImpl(field.name(), new ExactComparator(), 0.40, 0.60);
            case REGION -> new PropertyImpl(field.name(), new ExactComparator(), 0.45, 0.55);
            case IDENTIFIER -> new PropertyImpl(field.name(), new ExactComparator(), 0.10, 0.98);
            case NUMBER -> new PropertyImpl(field.name(), new Levenshtein(), 0.15, 0.95);
            case EMAIL -> new PropertyImpl(field.name(), new Levenshtein(), 0.30, 0.85);
        };
    }

    private Comparator nameComparator() {
        return levenshteinNames ? new Levenshtein() : new JaroWinkler();
    }

    private static DataSource source(List<Rec> records) {
        InMemoryDataSource source = new InMemoryDataSource();
        for (Rec rec : records) {
            RecordImpl record = new RecordImpl();
            record.addValue("ID", rec.id());
            for (Map.Entry<String, String> e : rec.values().entrySet()) {
                record.addValue(e.getKey(), e.getValue());
            }
            source.add(record);
        }
        return source;
    }
}
