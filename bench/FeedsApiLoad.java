import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load harness for POST /api/v1/events: signs in as an administrator, issues an API key for the first organisation,
 * then CLIENTS agency clients send events in a closed loop (no think time) for a warm-up and several measured rounds.
 * Each event has a unique reference; one in two is about a child sent earlier (same NHS number: linked), the rest
 * register a new child. Prints events/s and latency percentiles per round.
 *
 * java bench/FeedsApiLoad.java BASE_URL ADMIN_USER PASSWORD [CLIENTS] [WARMUP_S] [ROUND_S] [ROUNDS]
 */
public class FeedsApiLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 32;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        int round = args.length > 5 ? Integer.parseInt(args[5]) : 30;
        int rounds = args.length > 6 ? Integer.parseInt(args[6]) : 3;
        String key = BenchClient.issueKey(base, args[1], args[2], "load harness");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        System.out.printf("%d clients, one API key; POST %s/api/v1/events%n", clients, base);
        run(http, base, key, clients, warmup, "warm-up");
        List<long[]> all = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            all.add(run(http, base, key, clients, round, "round " + r));
        }
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        report("all rounds", merged, (long) rounds * round);
    }

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final List<String> KNOWN = java.util.Collections.synchronizedList(new ArrayList<>());

    private static long[] run(HttpClient http, String base, String key, int clients, int seconds, String label)
            throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong errors = new AtomicLong();
        List<long[]> results = java.util.Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    long[] latencies = new long[1 << 14];
                    int n = 0;
                    while (running.get()) {
                        String body = body();
                        long start = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/events"))
                                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 201) {
                                if (errors.incrementAndGet() < 3) {
                                    System.out.println("  " + r.statusCode() + " " + r.body());
                                }
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = (System.nanoTime() - start) / 1_000;
                    }
                    results.add(Arrays.copyOf(latencies, n));
                    return null;
                });
            }
            Thread.sleep(seconds * 1000L);
            running.set(false);
        }
        long[] merged = results.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        report(label + (errors.get() > 0 ? " (" + errors.get() + " errors)" : ""), merged, seconds);
        return merged;
    }

    private static final String[] GIVEN = {"Amara", "Jayden", "Mohammed", "Olivia", "Kayode", "Zara", "Leon", "Aisha",
            "Tyler", "Fatima", "Ethan", "Grace", "Yusuf", "Chloe", "Daniel", "Maryam", "Kai", "Ruby", "Adam", "Ellie"};
    private static final String[] FAMILY = {"Okafor", "Clarke", "Ahmed", "Smith", "Hussain", "Adeyemi", "Khan",
            "Brown", "Campbell", "Williams", "Ali", "Johnson", "Begum", "Taylor", "Mensah", "Patel", "Jones", "Baker"};

    /** Six letters, so a new child's family name is its own (a double-barrelled name, say). */
    private static String letters(ThreadLocalRandom random) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * What a police force's system sends in a day, roughly: mostly incidents a child was part of, some searches,
     * missing episodes and domestic-abuse notifications, few arrests and custody records (each custody record opens a
     * front-door contact, as it should; a harness of custody records alone made every event open one).
     */
    private static final String[] POLICE_MIX = {
        "\"type\": \"police.incident\", \"details\": {\"role\": \"VICTIM\"}",
        "\"type\": \"police.incident\", \"details\": {\"role\": \"SUSPECT\"}",
        "\"type\": \"police.incident\", \"details\": {\"role\": \"WITNESS\"}",
        "\"type\": \"police.incident\", \"details\": {\"role\": \"VICTIM\"}",
        "\"type\": \"police.incident\", \"details\": {\"role\": \"WITNESS\"}",
        "\"type\": \"police.stop-and-search\", \"details\": {\"outcome\": \"NOTHING_FOUND\"}",
        "\"type\": \"police.stop-and-search\", \"details\": {\"outcome\": \"ITEM_FOUND\"}",
        "\"type\": \"missing.episode\", \"details\": {\"hoursMissing\": \"14\"}",
        "\"type\": \"missing.episode\", \"details\": {\"hoursMissing\": \"30\"}",
        "\"type\": \"police.domestic-abuse-notification\"",
        "\"type\": \"police.domestic-abuse-notification\"",
        "\"type\": \"police.arrest\", \"details\": {\"offence\": \"Possession of an offensive weapon\"}",
        "\"type\": \"police.custody\"",
    };

    /** Half the events are about a child already sent (linked), half about a new one. */
    private static String body() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long n = SEQUENCE.incrementAndGet();
        String person;
        if (random.nextBoolean() && KNOWN.size() > 100) {
            person = KNOWN.get(random.nextInt(KNOWN.size()));
        } else {
            String dob = java.time.LocalDate.of(2004, 1, 1).plusDays(random.nextInt(7000)).toString();
            // Names drawn like a real register's (many children share a given or family name), not one name with a
            // number: "Load Test1", "Load Test2", ... all share every blocking key and make the matcher compare each
            // new child with every earlier one, which no real population does.
            person = "\"givenNames\": \"" + GIVEN[random.nextInt(GIVEN.length)] + "\", \"familyName\": \""
                    + FAMILY[random.nextInt(FAMILY.length)] + "-" + letters(random) + "\", \"dateOfBirth\": \"" + dob
                    + "\", \"identifiers\": {\"NHS\": \"" + nhsNumber(random) + "\"}";
            KNOWN.add(person);
        }
        return "{\"sourceSystem\": \"bench-api\", \"reference\": \"" + java.util.UUID.randomUUID()
                + "\", \"person\": {" + person + "}, \"event\": {" + POLICE_MIX[random.nextInt(POLICE_MIX.length)]
                + ", \"occurredAt\": \"2025-03-01T10:00\", \"summary\": \"Sent by the load harness.\"}}";
    }

    private static String nhsNumber(ThreadLocalRandom random) {
        while (true) {
            StringBuilder s = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int d = random.nextInt(10);
                sum += d * (10 - i);
                s.append(d);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return s.append(check).toString();
            }
        }
    }

    private static void report(String label, long[] sorted, long seconds) {
        System.out.printf("%-22s events %7d  %7.1f events/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n", label,
                sorted.length, sorted.length / (double) seconds, BenchClient.percentileMillis(sorted, 50),
                BenchClient.percentileMillis(sorted, 95), BenchClient.percentileMillis(sorted, 99));
    }
}
