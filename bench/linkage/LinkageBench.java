import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.reachable.identity.NhsNumber;
import org.reachable.identity.UniquePupilNumber;
import org.reachable.linkage.IdentifierCheck;
import org.reachable.linkage.Linkage;
import org.reachable.linkage.LinkageIndex;
import org.reachable.linkage.LinkageResult;
import org.reachable.linkage.LinkageSettings;
import org.reachable.linkage.PersonRecord;

/**
 * Linkage benchmark over synthetic-borough agency views (a directory written by generate --no-load --out DIR):
 *   dedupe DIR LIMIT ROUNDS  - end-to-end deduplication (train, block, score, cluster) of the first LIMIT records,
 *                              one warm-up round then ROUNDS timed rounds
 *   stream DIR LIMIT QUERIES - index LIMIT records, then score QUERIES incoming records one at a time (after a
 *                              warm-up of 2,000 queries) and report latency percentiles
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

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        int limit = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        List<PersonRecord> records = load(dir, limit);
        System.out.printf("%,d records from %s; %d processors; max heap %,d MB%n", records.size(), dir,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        if (args[0].equals("dedupe")) {
            dedupe(records, rounds);
        } else {
            stream(records, rounds);
        }
    }

    static void dedupe(List<PersonRecord> records, int rounds) {
        LinkageSettings settings = LinkageSettings.defaults(CHECK);
        double[] seconds = new double[rounds];
        for (int round = -1; round < rounds; round++) {
            long start = System.nanoTime();
            LinkageResult result = Linkage.deduplicate(records, settings);
            double s = (System.nanoTime() - start) / 1e9;
            LinkageResult.Timings t = result.timings();
            System.out.printf("%s: %.2f s (encode %.2f, block %.2f, train %.2f, score %.2f, cluster %.2f); "
                            + "%,d candidate pairs, %,d clusters, %,d capped blocks%n",
                    round < 0 ? "warm-up" : "round " + (round + 1), s, t.encode().toNanos() / 1e9,
                    t.block().toNanos() / 1e9, t.train().toNanos() / 1e9, t.score().toNanos() / 1e9,
                    t.cluster().toNanos() / 1e9, result.blocking().candidatePairs(), result.clusterCount(),
                    result.blocking().cappedBlocks());
            if (round >= 0) {
                seconds[round] = s;
            }
        }
        Arrays.sort(seconds);
        System.out.printf("dedupe %,d records: median %.2f s, best %.2f s, worst %.2f s over %d rounds%n",
                records.size(), seconds[rounds / 2], seconds[0], seconds[rounds - 1], rounds);
    }

    static void stream(List<PersonRecord> records, int queries) {
        LinkageSettings settings = LinkageSettings.defaults(CHECK);
        long start = System.nanoTime();
        var model = Linkage.train(records.subList(0, Math.min(records.size(), 50_000)), settings);
        LinkageIndex index = LinkageIndex.create(model);
        records.forEach(index::add);
        System.out.printf("trained on %,d and indexed %,d in %.1f s; heap used %,d MB%n",
                Math.min(records.size(), 50_000), index.size(), (System.nanoTime() - start) / 1e9,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        long[] nanos = new long[queries];
        for (int q = -2_000; q < queries; q++) {
            PersonRecord held = records.get(random.nextInt(records.size()));
            PersonRecord incoming = new PersonRecord("incoming-" + q, "feed", held.givenNames(), held.familyName(),
                    List.of(), held.dateOfBirth(), held.sex(), held.postcode(), held.address(), held.identifiers(),
                    Map.of());
            long t = System.nanoTime();
            index.bestCandidates(incoming, 5);
            if (q >= 0) {
                nanos[q] = System.nanoTime() - t;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("stream against %,d: p50 %.2f ms, p99 %.2f ms, max %.2f ms over %,d queries%n",
                index.size(), nanos[queries / 2] / 1e6, nanos[(int) (queries * 0.99)] / 1e6,
                nanos[queries - 1] / 1e6, queries);
    }

    static List<PersonRecord> load(Path dir, int limit) throws Exception {
        List<PersonRecord> records = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        for (String agency : List.of("police", "schools", "health", "csc", "yjs")) {
            try (Reader reader = Files.newBufferedReader(dir.resolve(agency + ".csv"))) {
                for (CSVRecord r : format.parse(reader)) {
                    if (records.size() >= limit) {
                        return records;
                    }
                    records.add(new PersonRecord(r.get("record_id"), agency, r.get("given_names"),
                            r.get("family_name"), List.of(), r.get("date_of_birth"), r.get("sex"), r.get("postcode"),
                            r.get("address_line1"), Map.of("NHS", r.get("nhs_number"), "UPN", r.get("upn"),
                            "POLICE", r.get("police_ref"), "CSC", r.get("csc_ref"), "YJS", r.get("yjs_ref")),
                            Map.of()));
                }
            }
        }
        return records;
    }
}
