package org.reachable.bench.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.DoubleStream;

import com.esotericsoftware.minlog.Log;

import org.scify.jedai.blockbuilding.StandardBlocking;
import org.scify.jedai.blockprocessing.IBlockProcessing;
import org.scify.jedai.blockprocessing.blockcleaning.BlockFiltering;
import org.scify.jedai.blockprocessing.blockcleaning.ComparisonsBasedBlockPurging;
import org.scify.jedai.blockprocessing.comparisoncleaning.CardinalityNodePruning;
import org.scify.jedai.blockprocessing.comparisoncleaning.ComparisonPropagation;
import org.scify.jedai.datamodel.AbstractBlock;
import org.scify.jedai.datamodel.EntityProfile;
import org.scify.jedai.datamodel.EquivalenceCluster;
import org.scify.jedai.datamodel.SimilarityPairs;
import org.scify.jedai.entityclustering.CenterClustering;
import org.scify.jedai.entityclustering.ConnectedComponentsClustering;
import org.scify.jedai.entityclustering.IEntityClustering;
import org.scify.jedai.entityclustering.MergeCenterClustering;
import org.scify.jedai.entityclustering.UniqueMappingClustering;
import org.scify.jedai.entitymatching.ProfileMatcher;
import org.scify.jedai.utilities.enumerations.RepresentationModel;
import org.scify.jedai.utilities.enumerations.SimilarityMetric;
import org.scify.jedai.utilities.enumerations.WeightingScheme;

/**
 * JedAI 3.1's standard end-to-end workflow: Standard (token) Blocking, Comparison-based Block Purging (smoothing factor 1.025), Block Filtering
 * (ratio 0.8), then a comparison-cleaning step (Comparison Propagation, which only drops repeated comparisons, or
 * Cardinality Node Pruning meta-blocking with Jaccard weights), the schema-agnostic Profile Matcher with one
 * representation model and similarity metric, and entity clustering: Connected Components, Center or Merge-Center
 * Clustering for deduplication (dirty ER), Unique Mapping Clustering (one-to-one) for link-only (clean-clean ER).
 * The representation model and comparison cleaning are the variant; the clustering method (for deduplication)
 * and its similarity threshold are the setting; all are tuned.
 */
final class JedaiLinker implements Linker<JedaiLinker.Scored> {

    record Scored(List<EntityProfile> first, List<EntityProfile> second, SimilarityPairs pairs, long comparisons) {
    }

    static {
        // JedAI logs every step at INFO through minlog.
        Log.set(Log.LEVEL_WARN);
    }

    private final RepresentationModel model;
    private final SimilarityMetric metric;
    private final boolean pruning;
    private final String label;

    JedaiLinker(String label, RepresentationModel model, SimilarityMetric metric, boolean pruning) {
        this.label = label;
        this.model = model;
        this.metric = metric;
        this.pruning = pruning;
    }

    /** The variants tried when tuning. */
    static List<JedaiLinker> variants() {
        List<JedaiLinker> variants = new ArrayList<>();
        for (boolean pruning : List.of(false, true)) {
            variants.add(new JedaiLinker("c3-tfidf-cosine", RepresentationModel.CHARACTER_TRIGRAMS_TF_IDF,
                    SimilarityMetric.COSINE_SIMILARITY, pruning));
            variants.add(new JedaiLinker("c2-tfidf-cosine", RepresentationModel.CHARACTER_BIGRAMS_TF_IDF,
                    SimilarityMetric.COSINE_SIMILARITY, pruning));
            variants.add(new JedaiLinker("t1-tfidf-cosine", RepresentationModel.TOKEN_UNIGRAMS_TF_IDF,
                    SimilarityMetric.COSINE_SIMILARITY, pruning));
            variants.add(new JedaiLinker("c3-jaccard", RepresentationModel.CHARACTER_TRIGRAMS,
                    SimilarityMetric.JACCARD_SIMILARITY, pruning));
        }
        return variants;
    }

    @Override
    public String name() {
        return "jedai[" + label + "," + (pruning ? "cnp" : "cp") + "]";
    }

    @Override
    public String system() {
        return "JedAI 3.1";
    }

    @Override
    public List<Setting> settings(Dataset dataset) {
        List<String> methods = dataset.mode() == Dataset.Mode.LINK
                ? List.of("unique-mapping")
                : List.of("connected-components", "center", "merge-center");
        List<Setting> settings = new ArrayList<>();
        for (String method : methods) {
            DoubleStream.iterate(0.10, x -> x < 0.951, x -> x + 0.025).forEach(t -> settings.add(new Setting(method, t)));
        }
        return settings;
    }

    /** FEBRL4 (link-only) uses the threshold tuned on FEBRL2 (dedupe) with one-to-one clustering. */
    @Override
    public Setting forTask(Setting tuned, Dataset task) {
        return task.mode() == Dataset.Mode.LINK ? new Setting("unique-mapping", tuned.threshold()) : tuned;
    }

    @Override
    public Scored score(Dataset dataset) {
        boolean link = dataset.mode() == Dataset.Mode.LINK;
        List<EntityProfile> first = profiles(link ? dataset.source(1) : dataset.records());
        List<EntityProfile> second = link ? profiles(dataset.source(2)) : null;
        List<AbstractBlock> blocks = link
                ? new StandardBlocking().getBlocks(first, second)
                : new StandardBlocking().getBlocks(first);
        blocks = new ComparisonsBasedBlockPurging(1.025f).refineBlocks(blocks);
        blocks = new BlockFiltering(0.8f).refineBlocks(blocks);
        Supplier<IBlockProcessing> cleaning = pruning
                ? () -> new CardinalityNodePruning(WeightingScheme.JS)
                : ComparisonPropagation::new;
        blocks = cleaning.get().refineBlocks(blocks);
        long comparisons = 0;
        for (AbstractBlock block : blocks) {
            comparisons += (long) block.getNoOfComparisons();
        }
        ProfileMatcher matcher = link
                ? new ProfileMatcher(first, second, model, metric)
                : new ProfileMatcher(first, model, metric);
        return new Scored(first, second, matcher.executeComparisons(blocks), comparisons);
    }

    @Override
    public Clustering cluster(Dataset dataset, Scored scored, Setting setting) {
        boolean link = dataset.mode() == Dataset.Mode.LINK;
        float threshold = (float) setting.threshold();
        IEntityClustering clustering = switch (setting.clustering()) {
            case "unique-mapping" -> new UniqueMappingClustering(threshold);
            case "connected-components" -> new ConnectedComponentsClustering(threshold);
            case "center" -> new CenterClustering(threshold);
            case "merge-center" -> new MergeCenterClustering(threshold);
            default -> throw new IllegalArgumentException("unknown JedAI clustering " + setting.clustering());
        };
        EquivalenceCluster[] clusters = clustering.getDuplicates(scored.pairs());
        List<String[]> pairs = new ArrayList<>();
        for (EquivalenceCluster cluster : clusters) {
            List<String> ids = new ArrayList<>();
            cluster.getEntityIdsD1().forEach(i -> ids.add(scored.first().get(i).getEntityUrl()));
            if (link) {
                // JedAI gives the second collection's entity ids relative to that collection.
                cluster.getEntityIdsD2().forEach(i -> ids.add(scored.second().get(i).getEntityUrl()));
            }
            for (int k = 1; k < ids.size(); k++) {
                pairs.add(new String[] {ids.getFirst(), ids.get(k)});
            }
        }
        return Clustering.ofPairs(dataset.ids(), pairs);
    }

    @Override
    public long comparisons(Scored scored) {
        return scored.comparisons();
    }

    private static List<EntityProfile> profiles(List<Rec> records) {
        List<EntityProfile> profiles = new ArrayList<>(records.size());
        for (Rec rec : records) {
            EntityProfile profile = new EntityProfile(rec.id());
            for (Map.Entry<String, String> e : rec.values().entrySet()) {
                profile.addAttribute(e.getKey(), e.getValue());
            }
            profiles.add(profile);
        }
        return profiles;
    }
}
