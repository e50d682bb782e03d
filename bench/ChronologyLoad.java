import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Load harness for the chronology: N signed-in users (separate sessions) each request one child's chronology again
 * and again, pausing to read between requests (or not at all: the closed loop, the saturation case). The load runs
 * without a break; the first seconds are a warm-up and the rest is cut into measured rounds. Prints p50/p95/p99 and
 * throughput per round and over all rounds, and the seconds in which several requests were slow (stalls).
 *
 * java bench/ChronologyLoad.java BASE_URL USERNAME PASSWORD CHILD_ID PATH_KIND [USERS] [WARMUP_S] [ROUND_S] [ROUNDS]
 *      [THINK_MS]
 *   PATH_KIND: page (HTML chronology, first page of 100 entries) or api (JSON, same page)
 *   THINK_MS:  pause after each response, as a person reading the page would (0 = closed loop, the saturation case)
 */
public class ChronologyLoad {

    private static final long SLOW_MICROS = 250_000;
    private static long think;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String username = args[1];
        String password = args[2];
        String child = args[3];
        String kind = args[4];
        int users = args.length > 5 ? Integer.parseInt(args[5]) : 50;
        int warmup = args.length > 6 ? Integer.parseInt(args[6]) : 20;
        int roundSeconds = args.length > 7 ? Integer.parseInt(args[7]) : 30;
        int rounds = args.length > 8 ? Integer.parseInt(args[8]) : 3;
        think = args.length > 9 ? Long.parseLong(args[9]) : 0;
        String path = kind.equals("api") ? "/api/v1/children/" + child + "/chronology" : "/children/" + child;

        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            sessions.add(signIn(base, username, password));
        }
        System.out.printf("%d sessions signed in; %s %s; think time %d ms%n", users, kind, path, think);

        Sample[] samples = run(sessions, base + path, Duration.ofSeconds(warmup + (long) rounds * roundSeconds));
        report("warm-up", window(samples, 0, warmup), warmup);
        List<long[]> all = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long from = warmup + (long) r * roundSeconds;
            long[] round = window(samples, from, from + roundSeconds);
            report("round " + (r + 1), round, roundSeconds);
            all.add(round);
        }
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        report("all rounds", merged, (long) rounds * roundSeconds);
        long errors = Arrays.stream(samples).filter(Sample::failed).count();
        if (errors > 0) {
            System.out.println("errors (non-200 or failed requests): " + errors);
        }
        reportStalls(samples);
    }

    /** One request: when it started (ms after the load began), how long it took (us) and whether it failed. */
    private record Sample(long startMillis, long micros, boolean failed) {
    }

    /**
     * Runs every user's loop without a break for the whole duration; warm-up and rounds are then windows over the
     * requests' start times. (Stopping and restarting users between rounds sent all 50 requests at the same instant at
     * the start of each round, a burst no real team produces, which the first version of this harness measured.) With a
     * think time each user also starts at a random point within one think time, so users do not march in step.
     */
    private static Sample[] run(List<HttpClient> sessions, String url, Duration duration) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        List<Sample> all = java.util.Collections.synchronizedList(new ArrayList<>());
        long began = System.nanoTime();
        CountDownLatch done = new CountDownLatch(sessions.size());
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (HttpClient client : sessions) {
                pool.submit(() -> {
                    List<Sample> mine = new ArrayList<>();
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
                    try {
                        pause((long) (think * Math.random()));
                        while (running.get()) {
                            long start = System.nanoTime();
                            boolean failed;
                            try {
                                HttpResponse<byte[]> response = client.send(request,
                                        HttpResponse.BodyHandlers.ofByteArray());
                                failed = response.statusCode() != 200;
                            } catch (java.io.IOException e) {
                                failed = true;
                            }
                            long end = System.nanoTime();
                            mine.add(new Sample((start - began) / 1_000_000, (end - start) / 1_000, failed));
                            // Spread the pauses (0.5x to 1.5x) as people read at different speeds.
                            pause((long) (think * (0.5 + Math.random())));
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        all.addAll(mine);
                        done.countDown();
                    }
                    return null;
                });
            }
            Thread.sleep(duration.toMillis());
            running.set(false);
            done.await();
        }
        return all.toArray(Sample[]::new);
    }

    private static void pause(long millis) throws InterruptedException {
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    /** Sorted latencies (us) of the requests that started in [fromSecond, toSecond). */
    private static long[] window(Sample[] samples, long fromSecond, long toSecond) {
        return Arrays.stream(samples)
                .filter(s -> s.startMillis() >= fromSecond * 1000 && s.startMillis() < toSecond * 1000)
                .mapToLong(Sample::micros).sorted().toArray();
    }

    private static void report(String label, long[] sorted, long seconds) {
        System.out.printf("%-22s requests %7d  %7.1f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n",
                label, sorted.length, sorted.length / (double) seconds, pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
    }

    /** Seconds since the load began with three or more requests over 250 ms: a stall rather than one slow request. */
    private static void reportStalls(Sample[] samples) {
        java.util.Map<Long, Long> perSecond = new java.util.TreeMap<>();
        for (Sample sample : samples) {
            if (sample.micros() > SLOW_MICROS) {
                perSecond.merge(sample.startMillis() / 1000, 1L, Long::sum);
            }
        }
        String stalls = perSecond.entrySet().stream().filter(e -> e.getValue() >= 3)
                .map(e -> e.getKey() + " s x" + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
        System.out.println("stalls (seconds after the start with >= 3 requests over 250 ms): "
                + (stalls.isEmpty() ? "none" : stalls));
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1000.0;
    }

    private static HttpClient signIn(String base, String username, String password) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.discarding());
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new IllegalStateException("No CSRF cookie"));
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token);
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        if (location.contains("error") || location.contains("locked")) {
            throw new IllegalStateException("Sign-in failed: " + location);
        }
        return client;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
