package org.reachable.bench.linkage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Command line of the bench.
 *
 * <pre>
 * compare  --data DIR --work DIR --system duke|jedai [--tasks a,b]  tune, run, evaluate; append to WORK/results.tsv
 * evaluate --data DIR --work DIR --dataset NAME --predicted FILE [--system NAME --seconds S --note TEXT]
 * table    --work DIR                                                print the Markdown results table
 * combine-borough --work DIR --seed N                                write WORK/borough-sN.csv (all five views)
 * split-fake --data DIR --work DIR                                   write WORK/fake_1000_tune.csv and _test.csv
 * </pre>
 */
public final class Bench {

    static final String HEADER = "dataset\tsystem\tconfiguration\tthreshold\trecords\tprecision\trecall\tf1"
            + "\tcluster_precision\ttrue_pairs\tpredicted_pairs\ttp\tfp\tfn\tclusters\tcomparisons\tseconds\tnote";

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        if (args.length == 0) {
            System.err.println("usage: compare | evaluate | table | combine-borough | split-fake (see README)");
            System.exit(2);
        }
        Map<String, String> options = options(args);
        Path work = Path.of(options.getOrDefault("work", "bench/linkage-compare/work"));
        Benchmarks benchmarks = new Benchmarks(Path.of(options.getOrDefault("data", "../shared/data/linkage")), work);
        switch (args[0]) {
            case "compare" -> compare(benchmarks, options);
            case "evaluate" -> evaluate(benchmarks, options);
            case "table" -> System.out.print(ResultsTable.markdown(work.resolve("results.tsv")));
            case "split-fake" -> {
                benchmarks.load("fake1000-tune");
                benchmarks.load("fake1000-test");
            }
            case "combine-borough" -> Datasets.writeBoroughCombined(work.resolve("borough-s" + options.get("seed")),
                    work.resolve("borough-s" + options.get("seed") + ".csv"));
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }

    private static void compare(Benchmarks benchmarks, Map<String, String> options) throws Exception {
        String system = options.getOrDefault("system", "duke");
        List<? extends Linker<?>> candidates = switch (system) {
            case "duke" -> DukeLinker.variants();
            case "jedai" -> JedaiLinker.variants();
            default -> throw new IllegalArgumentException("unknown system " + system);
        };
        List<String> wanted = options.containsKey("tasks") ? List.of(options.get("tasks").split(",")) : null;
        Map<String, Tuning.Choice> tuned = new HashMap<>();
        for (Benchmarks.Task task : Benchmarks.TASKS) {
            if (wanted != null && !wanted.contains(task.name())) {
                continue;
            }
            Tuning.Choice choice = tuned.get(task.tuningSet());
            if (choice == null) {
                Dataset tuning = benchmarks.load(task.tuningSet());
                choice = Tuning.tune(candidates, tuning, benchmarks.work().resolve("tuning-" + system + ".tsv"));
                tuned.put(task.tuningSet(), choice);
            }
            Dataset dataset = benchmarks.load(task.name());
            Timed run = timedRun(choice.linker(), dataset, choice.setting(),
                    benchmarks.work().resolve("predictions").resolve(task.name() + "-" + system + ".csv"));
            Evaluation evaluation = Evaluation.of(run.clustering().clusterOf(), dataset.truth());
            String note = "tuned on " + task.tuningSet();
            Setting setting = choice.linker().forTask(choice.setting(), dataset);
            System.out.printf("%-14s %-32s %s %6.2fs %s%n", task.name(), choice.linker().name(), setting,
                    run.seconds(), evaluation.summary());
            append(benchmarks.work(), task.name(), choice.linker().system(),
                    choice.linker().name() + " " + setting.clustering(), "%.4f".formatted(setting.threshold()),
                    evaluation, run.comparisons(), run.seconds(), note);
        }
    }

    record Timed(Clustering clustering, long comparisons, double seconds) {
    }

    /** Score, cluster with the setting and write the file, timed; the JVM is warm from the tuning runs. */
    static <S> Timed timedRun(Linker<S> linker, Dataset dataset, Setting tuned, Path out) throws Exception {
        Setting setting = linker.forTask(tuned, dataset);
        long start = System.nanoTime();
        S scored = linker.score(dataset);
        Clustering clustering = linker.cluster(dataset, scored, setting);
        clustering.write(out);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Timed(clustering, linker.comparisons(scored), seconds);
    }

    private static void evaluate(Benchmarks benchmarks, Map<String, String> options) throws IOException {
        Dataset dataset = benchmarks.load(options.get("dataset"));
        Clustering predicted = Clustering.read(Path.of(options.get("predicted")));
        Evaluation evaluation = Evaluation.of(predicted.clusterOf(), dataset.truth());
        System.out.println(dataset.name() + ": " + evaluation.summary());
        if (options.containsKey("system")) {
            append(benchmarks.work(), dataset.name(), options.get("system"), options.getOrDefault("configuration", ""),
                    "", evaluation, -1, Double.parseDouble(options.getOrDefault("seconds", "-1")),
                    options.getOrDefault("note", ""));
        }
    }

    private static void append(Path work, String dataset, String system, String configuration, String threshold,
                               Evaluation e, long comparisons, double seconds, String note) throws IOException {
        Path file = work.resolve("results.tsv");
        Files.createDirectories(work);
        List<String> lines = new ArrayList<>();
        if (!Files.exists(file)) {
            lines.add(HEADER);
        }
        lines.add(String.join("\t", dataset, system, configuration, threshold, Long.toString(e.records()),
                "%.4f".formatted(e.precision()), "%.4f".formatted(e.recall()), "%.4f".formatted(e.f1()),
                "%.4f".formatted(e.clusterPrecision()), Long.toString(e.truePairs()), Long.toString(e.predictedPairs()),
                Long.toString(e.truePositives()), Long.toString(e.falsePositives()), Long.toString(e.falseNegatives()),
                Long.toString(e.predictedClusters()), Long.toString(comparisons), "%.2f".formatted(seconds), note));
        Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, found " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
