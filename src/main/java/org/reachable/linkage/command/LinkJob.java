package org.reachable.linkage.command;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reachable.linkage.BlockingStatistics;
import org.reachable.linkage.Linkage;
import org.reachable.linkage.LinkageResult;
import org.reachable.linkage.LinkageSettings;
import org.reachable.linkage.PairwiseEvaluation;
import org.reachable.linkage.PersonRecord;

/** One run of {@code link}: read, link, write the clusters and print what happened. */
final class LinkJob {

    private final LinkOptions options;
    private final ColumnMapping mapping;
    private final LinkageSettings settings;
    private final PrintWriter out;

    LinkJob(LinkOptions options, ColumnMapping mapping, LinkageSettings settings, PrintWriter out) {
        this.options = options;
        this.mapping = mapping;
        this.settings = settings;
        this.out = out;
    }

    int run() {
        long started = System.nanoTime();
        List<List<PersonRecord>> files = new ArrayList<>();
        List<PersonRecord> all = new ArrayList<>();
        List<String> truthColumn = new ArrayList<>();
        for (Path input : options.inputs) {
            PeopleCsv.Loaded loaded = PeopleCsv.read(input, mapping);
            files.add(loaded.records());
            all.addAll(loaded.records());
            truthColumn.addAll(loaded.truth());
            out.printf(Locale.ROOT, "Read %,d records from %s%s%n", loaded.records().size(), input.getFileName(),
                    loaded.invalidDates() == 0 ? "" : String.format(Locale.ROOT,
                            " (%,d dates of birth are not valid dates in %s: compared by their digits only)",
                            loaded.invalidDates(), mapping.dateFormatText()));
        }
        checkUniqueIds(all);
        List<String> truth = truth(all, truthColumn);
        long read = System.nanoTime();

        LinkageResult result = options.link ? Linkage.link(files.get(0), files.get(1), settings)
                : Linkage.deduplicate(all, settings);
        write(result);
        long finished = System.nanoTime();

        report(result, files, truth, Duration.ofNanos(read - started), Duration.ofNanos(finished - read));
        return 0;
    }

    private static void checkUniqueIds(List<PersonRecord> records) {
        Set<String> seen = new HashSet<>();
        for (PersonRecord r : records) {
            if (!seen.add(r.id())) {
                throw new LinkInputException("Record id '" + r.id() + "' appears more than once; every record needs "
                        + "its own id (across all input files)");
            }
        }
    }

    private List<String> truth(List<PersonRecord> all, List<String> column) {
        if (options.truthFebrl) {
            return Truth.febrl(all);
        }
        if (options.truthFile != null) {
            return Truth.file(options.truthFile, options.truthId, options.truthCluster, all);
        }
        return options.truthColumn != null ? column : null;
    }

    private void write(LinkageResult result) {
        try (BufferedWriter writer = Files.newBufferedWriter(options.out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                     .setHeader("record_id", "cluster_id").setRecordSeparator("\n").get())) {
            for (int i = 0; i < result.size(); i++) {
                printer.printRecord(result.recordId(i), result.cluster(i) + 1);
            }
        } catch (IOException e) {
            throw new LinkInputException("Cannot write " + options.out + ": " + e.getMessage());
        }
    }

    private void report(LinkageResult result, List<List<PersonRecord>> files, List<String> truth, Duration read,
                        Duration linkAndWrite) {
        BlockingStatistics b = result.blocking();
        out.printf(Locale.ROOT, "Mode: %s%n", options.link ? (options.oneToOne ? "link, one-to-one" : "link")
                : "deduplicate");
        out.printf(Locale.ROOT, "Blocking: %,d candidate pairs of %,d possible (reduction ratio %.6f)%n",
                b.candidatePairs(), b.possiblePairs(), b.reductionRatio());
        for (BlockingStatistics.Rule rule : b.rules()) {
            out.printf(Locale.ROOT, "  %-80s %,9d blocks, largest %,6d, pairs added %,10d%s%s%n", rule.name(),
                    rule.blocks(), rule.largestBlock(), rule.pairsAdded(), rule.refinedBlocks() == 0 ? ""
                            : String.format(Locale.ROOT, ", %,d large blocks compared by sub-key",
                            rule.refinedBlocks()), rule.cappedBlocks() == 0 ? ""
                            : String.format(Locale.ROOT, ", CAPPED %,d blocks (%,d records, %,d pairs not compared)",
                            rule.cappedBlocks(), rule.cappedRecords(), rule.pairsSkipped()));
        }
        out.printf(Locale.ROOT, "Comparisons made: %,d candidate pairs (plus random pairs for the u-probabilities)%n",
                b.candidatePairs());
        out.printf(Locale.ROOT, "Decisions: %,d automatic links (p >= %s), %,d refused by cluster checks, "
                        + "%,d pairs for review (p >= %s)%n", result.automaticLinks(), settings.linkThreshold(),
                result.refusedLinks(), result.reviews().size(), settings.reviewThreshold());
        out.printf(Locale.ROOT, "Clusters: %,d for %,d records, written to %s%n", result.clusterCount(),
                result.size(), options.out);
        LinkageResult.Timings t = result.timings();
        out.printf(Locale.ROOT, "Time: %.2f s linkage (encode %.2f, block %.2f, train %.2f, score %.2f, "
                        + "cluster %.2f); %.2f s reading, %.2f s in all%n", seconds(t.total()), seconds(t.encode()),
                seconds(t.block()), seconds(t.train()), seconds(t.score()), seconds(t.cluster()), seconds(read),
                seconds(read.plus(linkAndWrite)));
        if (options.showModel) {
            result.model().describe().forEach(line -> out.println("  " + line));
        }
        if (truth != null) {
            evaluate(result, files, truth);
        }
    }

    private void evaluate(LinkageResult result, List<List<PersonRecord>> files, List<String> truth) {
        int[] clusters = new int[result.size()];
        for (int i = 0; i < clusters.length; i++) {
            clusters[i] = result.cluster(i);
        }
        int[] side = null;
        if (options.link) {
            side = new int[clusters.length];
            for (int i = files.get(0).size(); i < side.length; i++) {
                side[i] = 1;
            }
        }
        PairwiseEvaluation e = PairwiseEvaluation.of(clusters, truth, side);
        long found = result.candidateTruePairs(truth);
        out.printf(Locale.ROOT, "Truth: %,d true pairs; blocking recall %.4f%n", e.truePairs(),
                e.truePairs() == 0 ? 1.0 : (double) found / e.truePairs());
        out.printf(Locale.ROOT, "Pairwise: precision %.4f, recall %.4f, F1 %.4f (%,d pairs linked, %,d correct)%n",
                e.precision(), e.recall(), e.f1(), e.predictedPairs(), e.correctPairs());
        out.printf(Locale.ROOT, "Cluster precision: %.4f (%,d of %,d clusters of 2 or more records hold one person)%n",
                e.clusterPrecision(), e.pureClusters(), e.clusters());
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
