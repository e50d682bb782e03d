package org.reachable.bench.linkage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The one tuning procedure used for every system: on the task's tuning set, score once per configuration
 * variant, try every threshold of the system's grid, keep the (variant, threshold) with the highest pairwise F1
 * (ties: the higher precision, then the first found). Every try is logged to a TSV file.
 */
final class Tuning {

    record Choice(Linker<?> linker, double threshold, Evaluation evaluation) {
    }

    private Tuning() {
    }

    static Choice tune(List<? extends Linker<?>> candidates, Dataset tuningSet, Path log) throws Exception {
        Choice best = null;
        List<String> lines = new ArrayList<>();
        for (Linker<?> linker : candidates) {
            Choice choice = sweep(linker, tuningSet, lines);
            if (best == null || better(choice.evaluation(), best.evaluation())) {
                best = choice;
            }
        }
        Files.createDirectories(log.getParent());
        Files.write(log, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.printf("tuned on %s: %s t=%.4f %s%n", tuningSet.name(), best.linker().name(), best.threshold(),
                best.evaluation().summary());
        return best;
    }

    private static <S> Choice sweep(Linker<S> linker, Dataset tuningSet, List<String> log) throws Exception {
        long start = System.nanoTime();
        S scored = linker.score(tuningSet);
        double seconds = (System.nanoTime() - start) / 1e9;
        Choice best = null;
        for (double threshold : linker.thresholds()) {
            Evaluation e = Evaluation.of(linker.cluster(tuningSet, scored, threshold).clusterOf(), tuningSet.truth());
            log.add(String.join("\t", tuningSet.name(), linker.name(), "%.4f".formatted(threshold),
                    "%.4f".formatted(e.precision()), "%.4f".formatted(e.recall()), "%.4f".formatted(e.f1()),
                    "%.4f".formatted(e.clusterPrecision()), "%.2f".formatted(seconds)));
            if (best == null || better(e, best.evaluation())) {
                best = new Choice(linker, threshold, e);
            }
        }
        return best;
    }

    static boolean better(Evaluation a, Evaluation b) {
        if (a.f1() != b.f1()) {
            return a.f1() > b.f1();
        }
        return a.precision() > b.precision();
    }
}
