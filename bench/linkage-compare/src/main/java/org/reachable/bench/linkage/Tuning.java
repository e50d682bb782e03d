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
 * variant, try every threshold of the system's grid, keep the (variant, clustering method, threshold) with the highest pairwise F1
 * (ties: the higher precision, then the first found). Every try is logged to a TSV file.
 */
final class Tuning {

    record Choice(Linker<?> linker, Setting setting, Evaluation evaluation) {
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
        System.out.printf("tuned on %s: %s %s %s%n", tuningSet.name(), best.linker().name(), best.setting(),
                best.evaluation().summary());
        return best;
    }

    private static <S> Choice sweep(Linker<S> linker, Dataset tuningSet, List<String> log) throws Exception {
        long start = System.nanoTime();
        S scored = linker.score(tuningSet);
        double seconds = (System.nanoTime() - start) / 1e9;
        Choice best = null;
        for (Setting setting : linker.settings(tuningSet)) {
            Evaluation e = Evaluation.of(linker.cluster(tuningSet, scored, setting).clusterOf(), tuningSet.truth());
            log.add(String.join("\t", tuningSet.name(), linker.name(), setting.clustering(),
                    "%.4f".formatted(setting.threshold()),
                    "%.4f".formatted(e.precision()), "%.4f".formatted(e.recall()), "%.4f".formatted(e.f1()),
                    "%.4f".formatted(e.clusterPrecision()), "%.2f".formatted(seconds)));
            if (best == null || better(e, best.evaluation())) {
                best = new Choice(linker, setting, e);
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
