package org.reachable.bench.linkage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark tasks and where each system's parameters are tuned. Tuning sets: FEBRL2 for the FEBRL family
 * (FEBRL1-4 share one schema and generator), the even-numbered true clusters of fake_1000 for its odd-numbered
 * half, and a second synthetic borough (seed 8) for the test borough (seed 7).
 *
 * @param data the shared linkage folder ({@code ../shared/data/linkage})
 * @param work the bench's work folder (generated boroughs, split files, predictions)
 */
record Benchmarks(Path data, Path work) {

    record Task(String name, String tuningSet, String note) {
    }

    static final List<Task> TASKS = List.of(
            new Task("febrl1", "febrl2", "FEBRL1, dedupe, 1,000 records"),
            new Task("febrl2", "febrl2", "FEBRL2, dedupe, 5,000 records (the tuning set: in-sample)"),
            new Task("febrl3", "febrl2", "FEBRL3, dedupe, 5,000 records"),
            new Task("febrl4", "febrl2", "FEBRL4, link-only 5,000 + 5,000"),
            new Task("fake1000-test", "fake1000-tune", "fake_1000, odd true clusters, dedupe"),
            new Task("borough-s7", "borough-s8", "synthetic borough seed 7, 20,000 children, five agency views, dedupe"));

    Dataset load(String name) throws IOException {
        return switch (name) {
            case "febrl1" -> Datasets.febrlDedupe(name, data.resolve("dataset1.csv"));
            case "febrl2" -> Datasets.febrlDedupe(name, data.resolve("dataset2.csv"));
            case "febrl3" -> Datasets.febrlDedupe(name, data.resolve("dataset3.csv"));
            case "febrl4" -> Datasets.febrlLink(name, data.resolve("dataset4a.csv"), data.resolve("dataset4b.csv"));
            case "fake1000" -> Datasets.fake(name, data.resolve("fake_1000.csv"));
            case "fake1000-tune" -> Datasets.fake(name, Datasets.fakeHalf(data.resolve("fake_1000.csv"), true,
                    work.resolve("fake_1000_tune.csv")));
            case "fake1000-test" -> Datasets.fake(name, Datasets.fakeHalf(data.resolve("fake_1000.csv"), false,
                    work.resolve("fake_1000_test.csv")));
            case "borough-s7" -> Datasets.borough(name, work.resolve("borough-s7"));
            case "borough-s8" -> Datasets.borough(name, work.resolve("borough-s8"));
            default -> throw new IllegalArgumentException("unknown dataset " + name
                    + " (febrl1..4, fake1000, fake1000-tune, fake1000-test, borough-s7, borough-s8)");
        };
    }
}
