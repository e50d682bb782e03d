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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load harness for the chronology: N signed-in users (separate sessions) each request one child's chronology again
 * and again with no think time (a closed loop, the hardest case), first for a warm-up period, then for several
 * measured rounds. Prints p50/p95/p99 and throughput per round and over all rounds.
 *
 * java bench/ChronologyLoad.java BASE_URL USERNAME PASSWORD CHILD_ID PATH_KIND [USERS] [WARMUP_S] [ROUND_S] [ROUNDS]
 *      [THINK_MS]
 *   PATH_KIND: page (HTML chronology, first page of 100 entries) or api (JSON, same page)
 *   THINK_MS:  pause after each response, as a person reading the page would (0 = closed loop, the saturation case)
 */
public class ChronologyLoad {

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

        run(sessions, base + path, Duration.ofSeconds(warmup), "warm-up");
        List<long[]> all = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            all.add(run(sessions, base + path, Duration.ofSeconds(roundSeconds), "round " + r));
        }
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        report("all rounds", merged, (long) rounds * roundSeconds);
    }

    /** Runs the closed loop for the duration and returns the sorted latencies in microseconds. */
    private static long[] run(List<HttpClient> sessions, String url, Duration duration, String label)
            throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong errors = new AtomicLong();
        List<long[]> perUser = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(sessions.size());
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (HttpClient client : sessions) {
                perUser.add(null);
                int index = perUser.size() - 1;
                pool.submit(() -> {
                    long[] latencies = new long[1 << 16];
                    int n = 0;
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
                    while (running.get()) {
                        long start = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = (System.nanoTime() - start) / 1_000;
                        if (think > 0) {
                            try {
                                // Spread the pauses (0.5x to 1.5x) so users do not march in step.
                                Thread.sleep((long) (think * (0.5 + Math.random())));
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    }
                    synchronized (perUser) {
                        perUser.set(index, Arrays.copyOf(latencies, n));
                    }
                    done.countDown();
                });
            }
            Thread.sleep(duration.toMillis());
            running.set(false);
            done.await();
        }
        long[] merged = perUser.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        report(label + (errors.get() > 0 ? " (" + errors.get() + " errors)" : ""), merged, duration.toSeconds());
        return merged;
    }

    private static void report(String label, long[] sorted, long seconds) {
        System.out.printf("%-22s requests %7d  %7.1f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n",
                label, sorted.length, sorted.length / (double) seconds, pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
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
