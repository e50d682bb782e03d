import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.reachable.identity.NhsNumber;
import org.reachable.identity.UniquePupilNumber;
import org.reachable.linkage.BlockingStatistics;
import org.reachable.linkage.IdentifierCheck;
import org.reachable.linkage.Linkage;
import org.reachable.linkage.LinkageIndex;
import org.reachable.linkage.LinkageModel;
import org.reachable.linkage.LinkageResult;
import org.reachable.linkage.LinkageSettings;
import org.reachable.linkage.PairwiseEvaluation;
import org.reachable.linkage.PersonRecord;

/**
 * Linkage speed over synthetic-borough agency views (a directory written by generate --no-load --out DIR, whose
 * truth.csv gives each record's person), read in a fixed shuffled order so any first LIMIT records hold every agency:
 *   dedupe DIR LIMIT ROUNDS [WARMUP]  end-to-end deduplication (train, block, score, cluster) of the first LIMIT
 *                                     records: WARMUP rounds (default 1) on at most 50,000 of them, then ROUNDS timed
 *                                     rounds; each prints phases, candidate pairs, blocking recall, pairwise F1 and
 *                                     peak heap
 *   stream DIR LIMIT QUERIES          train on the first 50,000, index the first LIMIT records, then link
 *                                     QUERIES incoming records one at a time (bestCandidates, then add) after 2,000 warm-up queries;
 *                                     incoming records are the records after the first LIMIT (the same people seen
 *                                     by another agency, or new ones), then copies of held records under new ids
 * Run by bench/linkage.sh.
 */
public class LinkageBench {

    static final IdentifierCheck CHECK = new IdentifierCheck() {
        public boolean hasCheckDigit(String s) {
            return s.equals("NHS") || s.equals("UPN");
        }

        public boolean isValid(String s, String v) {
            return s.equals("NHS") ? NhsNumber.isValid(v) : UniquePupilNumber.isValid(v);
        }
    };
    static final int WARM_UP_QUERIES = 2_000;

    record Data(List<PersonRecord> records, List<String> truth) {

        Data first(int n) {
            int k = Math.min(n, records.size());
            return new Data(records.subList(0, k), truth.subList(0, k));
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        int limit = Integer.parseInt(args[2]);
        int count = Integer.parseInt(args[3]);
        Data all = load(dir);
        System.out.printf("%,d records in %s; %d processors; max heap %,d MB%n", all.records().size(), dir,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        if (args[0].equals("dedupe")) {
            dedupe(all.first(limit), count, args.length > 4 ? Integer.parseInt(args[4]) : 1);
        } else {
            stream(all, limit, count);
        }
    }

    static void dedupe(Data data, int rounds, int warmUps) {
        LinkageSettings settings = LinkageSettings.defaults(CHECK);
        Data warmUpData = data.first(50_000);
        for (int w = 0; w < warmUps; w++) {
            long start = System.nanoTime();
            Linkage.deduplicate(warmUpData.records(), settings);
            System.out.printf("warm-up on %,d records: %.2f s%n", warmUpData.records().size(),
                    (System.nanoTime() - start) / 1e9);
        }
        double[] seconds = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            System.gc();
            resetPeaks();
            long cpu = cpuNanos();
            long start = System.nanoTime();
            LinkageResult result = Linkage.deduplicate(data.records(), settings);
            double s = (System.nanoTime() - start) / 1e9;
            seconds[round] = s;
            LinkageResult.Timings t = result.timings();
            System.out.printf("round %d: %.2f s (encode %.2f, block %.2f, train %.2f, score %.2f, cluster %.2f); "
                            + "CPU %.1f s; peak heap %,d MB%n", round + 1, s, t.encode().toNanos() / 1e9,
                    t.block().toNanos() / 1e9, t.train().toNanos() / 1e9, t.score().toNanos() / 1e9,
                    t.cluster().toNanos() / 1e9, (cpuNanos() - cpu) / 1e9, peakHeap() >> 20);
            if (round == 0) {
                quality(data, result);
            }
        }
        Arrays.sort(seconds);
        System.out.printf("RESULT dedupe %,d records: median %.2f s, best %.2f s, worst %.2f s over %d rounds%n",
                data.records().size(), seconds[rounds / 2], seconds[0], seconds[rounds - 1], rounds);
    }

    /** Blocking (pairs, recall, what each rule added or skipped) and the pairwise accuracy against the truth. */
    static void quality(Data data, LinkageResult result) {
        BlockingStatistics b = result.blocking();
        int[] clusters = new int[result.size()];
        for (int i = 0; i < clusters.length; i++) {
            clusters[i] = result.cluster(i);
        }
        PairwiseEvaluation e = PairwiseEvaluation.of(clusters, data.truth(), null);
        long found = result.candidateTruePairs(data.truth());
        System.out.printf("  blocking: %,d candidate pairs (reduction ratio %.6f), recall %.4f (%,d of %,d true pairs)"
                        + ", %,d blocks refined, %,d capped%n", b.candidatePairs(), b.reductionRatio(),
                (double) found / e.truePairs(), found, e.truePairs(), b.refinedBlocks(), b.cappedBlocks());
        for (BlockingStatistics.Rule r : b.rules()) {
            System.out.printf("    %-80s blocks %,9d largest %,6d pairs added %,11d refined %,6d capped %,d "
                            + "(%,d records, %,d pairs skipped)%n", r.name(), r.blocks(), r.largestBlock(),
                    r.pairsAdded(), r.refinedBlocks(), r.cappedBlocks(), r.cappedRecords(), r.pairsSkipped());
        }
        System.out.printf("  accuracy: precision %.4f, recall %.4f, F1 %.4f; %,d clusters, %,d automatic links, "
                        + "%,d reviews%n", e.precision(), e.recall(), e.f1(), result.clusterCount(),
                result.automaticLinks(), result.reviews().size());
    }

    static void stream(Data all, int limit, int queries) {
        LinkageSettings settings = LinkageSettings.defaults(CHECK);
        List<PersonRecord> held = all.first(limit).records();
        long start = System.nanoTime();
        LinkageModel model = Linkage.train(held.subList(0, Math.min(held.size(), 50_000)), settings);
        double trained = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        LinkageIndex index = LinkageIndex.create(model);
        held.forEach(index::add);
        double indexed = (System.nanoTime() - start) / 1e9;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("trained on %,d in %.1f s; indexed %,d in %.1f s; heap used after GC %,d MB%n",
                Math.min(held.size(), 50_000), trained, index.size(), indexed,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
        List<PersonRecord> incoming = incoming(all, limit, queries + WARM_UP_QUERIES);
        System.out.printf("incoming: %,d records not held, then copies of held records%n",
                Math.max(0, all.records().size() - limit));
        long[] query = new long[queries];
        long[] queryCpu = new long[queries];
        long[] add = new long[queries];
        int matched = 0;
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int q = -WARM_UP_QUERIES; q < queries; q++) {
            PersonRecord record = incoming.get(q + WARM_UP_QUERIES);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            boolean found = !index.bestCandidates(record, 5).isEmpty();
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            index.add(record);
            long t2 = System.nanoTime();
            if (q >= 0) {
                query[q] = t1 - t0;
                queryCpu[q] = c1 - c0;
                add[q] = t2 - t1;
                matched += found ? 1 : 0;
            }
        }
        Arrays.sort(query);
        Arrays.sort(queryCpu);
        Arrays.sort(add);
        System.out.printf("RESULT stream against %,d: bestCandidates wall p50 %.2f ms, p99 %.2f ms, max %.2f ms "
                        + "(CPU of the query's thread p50 %.2f ms, p99 %.2f ms, max %.2f ms); add wall p50 %.3f ms, "
                        + "p99 %.3f ms; over %,d queries (%,d with a candidate)%n", limit,
                query[queries / 2] / 1e6, query[(int) (queries * 0.99)] / 1e6, query[queries - 1] / 1e6,
                queryCpu[queries / 2] / 1e6, queryCpu[(int) (queries * 0.99)] / 1e6, queryCpu[queries - 1] / 1e6,
                add[queries / 2] / 1e6, add[(int) (queries * 0.99)] / 1e6, queries, matched);
    }

    /** Records after the first {@code limit}, then copies of random held records under new ids. */
    static List<PersonRecord> incoming(Data all, int limit, int count) {
        List<PersonRecord> incoming = new ArrayList<>(all.records().subList(Math.min(limit, all.records().size()),
                Math.min(limit + count, all.records().size())));
        SplittableRandom random = new SplittableRandom(42);
        while (incoming.size() < count) {
            PersonRecord h = all.records().get(random.nextInt(Math.min(limit, all.records().size())));
            incoming.add(new PersonRecord("incoming-" + incoming.size(), "feed", h.givenNames(), h.familyName(),
                    List.of(), h.dateOfBirth(), h.sex(), h.postcode(), h.address(), h.identifiers(), Map.of()));
        }
        return incoming;
    }

    /** CPU time of the whole process (all threads, the JIT and GC included): less sensitive to load than wall time. */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of each heap pool's peak since the reset: an upper bound on the peak heap in use. */
    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    static Data load(Path dir) throws Exception {
        Map<String, String> personOf = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(dir.resolve("truth.csv"))) {
            for (CSVRecord r : format.parse(reader)) {
                personOf.put(r.get("record_id"), r.get("person_id")); // record ids differ between agencies
            }
        }
        List<PersonRecord> records = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        for (String agency : List.of("police", "schools", "health", "csc", "yjs")) {
            try (Reader reader = Files.newBufferedReader(dir.resolve(agency + ".csv"))) {
                for (CSVRecord r : format.parse(reader)) {
                    records.add(new PersonRecord(r.get("record_id"), agency, r.get("given_names"),
                            r.get("family_name"), List.of(), r.get("date_of_birth"), r.get("sex"), r.get("postcode"),
                            r.get("address_line1"), Map.of("NHS", r.get("nhs_number"), "UPN", r.get("upn"),
                            "POLICE", r.get("police_ref"), "CSC", r.get("csc_ref"), "YJS", r.get("yjs_ref")),
                            Map.of()));
                    truth.add(personOf.get(r.get("record_id")));
                }
            }
        }
        // a fixed shuffle, so the first LIMIT records hold every agency in proportion
        Integer[] order = new Integer[records.size()];
        Arrays.setAll(order, i -> i);
        java.util.Collections.shuffle(Arrays.asList(order), new java.util.Random(7));
        List<PersonRecord> shuffled = new ArrayList<>(records.size());
        List<String> shuffledTruth = new ArrayList<>(records.size());
        for (int i : order) {
            shuffled.add(records.get(i));
            shuffledTruth.add(truth.get(i));
        }
        return new Data(shuffled, shuffledTruth);
    }
}
