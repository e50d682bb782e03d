import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long after an ED attendance for a sharp-object injury is posted to the events API the automatic contact is on
 * the MASH's queue: posts one event at a time (a new child each, with a valid NHS number) and polls the MASH queue API
 * every 10 ms until the child appears. Warm-up rounds first, then measured rounds.
 * Usage: java FrontDoorLatency.java BASE ADMIN PASSWORD MASH_USER MASH_PASSWORD [warm-up rounds] [rounds]
 */
public class FrontDoorLatency {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 10;
        int rounds = args.length > 6 ? Integer.parseInt(args[6]) : 50;
        String key = BenchClient.issueKey(base, args[1], args[2], "front-door latency harness");
        BenchClient.Session mash = BenchClient.signIn(base, args[3], args[4]);
        HttpClient http = HttpClient.newHttpClient();
        long[] visible = new long[rounds];
        long[] answered = new long[rounds];
        for (int round = -warmup; round < rounds; round++) {
            String family = "Latency" + letters();
            String since = Instant.now().minusSeconds(2).truncatedTo(ChronoUnit.SECONDS).toString();
            long started = System.nanoTime();
            HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/events"))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(event(family))).build(),
                    HttpResponse.BodyHandlers.ofString());
            long answer = System.nanoTime();
            if (posted.statusCode() != 201) {
                throw new IllegalStateException(posted.statusCode() + " " + posted.body());
            }
            while (!mash.get("/api/v1/frontdoor/contacts?since=" + since).contains(family)) {
                if (System.nanoTime() - started > 10_000_000_000L) {
                    throw new IllegalStateException("No contact for " + family + " on the queue after 10 s");
                }
                Thread.sleep(10);
            }
            if (round >= 0) {
                visible[round] = (System.nanoTime() - started) / 1000;
                answered[round] = (answer - started) / 1000;
            }
        }
        Arrays.sort(visible);
        Arrays.sort(answered);
        System.out.printf("%d rounds after %d warm-up: posted -> on the MASH queue p50 %.1f ms, p95 %.1f ms, "
                        + "max %.1f ms (POST answered p50 %.1f ms, max %.1f ms)%n", rounds, warmup,
                BenchClient.percentileMillis(visible, 50), BenchClient.percentileMillis(visible, 95),
                visible[rounds - 1] / 1000.0, BenchClient.percentileMillis(answered, 50),
                answered[rounds - 1] / 1000.0);
    }

    private static String event(String family) {
        String dob = LocalDate.of(2008, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000)).toString();
        String occurred = java.time.LocalDateTime.now().minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
        return "{\"sourceSystem\": \"symphony\", \"reference\": \"ED/" + UUID.randomUUID() + "\", \"person\": "
                + "{\"givenNames\": \"Kayode\", \"familyName\": \"" + family + "\", \"dateOfBirth\": \"" + dob
                + "\", \"identifiers\": {\"NHS\": \"" + nhsNumber() + "\"}}, \"event\": {\"type\": "
                + "\"health.ed-attendance\", \"occurredAt\": \"" + occurred + "\", \"summary\": \"Treated for a stab "
                + "wound.\", \"details\": {\"reason\": \"SHARP_OBJECT_INJURY\"}}}";
    }

    private static String letters() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    /** Nine random digits and the modulus 11 check digit (retried when it would be 10). */
    private static String nhsNumber() {
        while (true) {
            StringBuilder s = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int d = ThreadLocalRandom.current().nextInt(10);
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
}
