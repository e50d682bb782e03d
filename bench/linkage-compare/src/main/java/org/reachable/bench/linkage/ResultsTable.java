package org.reachable.bench.linkage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Renders results.tsv as a Markdown table, dataset by system, in the order the rows were written. */
final class ResultsTable {

    private ResultsTable() {
    }

    static String markdown(Path results) throws IOException {
        List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.getFirst().split("\t", -1));
        StringBuilder out = new StringBuilder();
        out.append("| dataset | system | configuration | threshold | records | precision | recall | F1 "
                + "| cluster precision | TP / FP / FN pairs | clusters ≥ 2 | comparisons | wall time (s) | note |\n");
        out.append("|---|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n");
        lines.stream().skip(1).sorted(java.util.Comparator.comparingInt(l -> order(l.split("\t", -1)[0])))
                .forEach(line -> {
                    String[] v = line.split("\t", -1);
                    java.util.function.Function<String, String> col = name -> v[header.indexOf(name)];
                    out.append("| ").append(String.join(" | ", col.apply("dataset"), col.apply("system"),
                            "`" + col.apply("configuration") + "`", col.apply("threshold"), col.apply("records"),
                            col.apply("precision"), col.apply("recall"), "**" + col.apply("f1") + "**",
                            col.apply("cluster_precision"),
                            col.apply("tp") + " / " + col.apply("fp") + " / " + col.apply("fn"),
                            col.apply("clusters"), col.apply("comparisons").equals("-1") ? "" : col.apply("comparisons"),
                            col.apply("seconds"), col.apply("note"))).append(" |\n");
                });
        return out.toString();
    }

    private static int order(String dataset) {
        for (int i = 0; i < Benchmarks.TASKS.size(); i++) {
            if (Benchmarks.TASKS.get(i).name().equals(dataset)) {
                return i;
            }
        }
        return Benchmarks.TASKS.size();
    }
}
