import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sustained load on the events API for reachable moments: events at a fixed rate (default 500/s) for a fixed time,
 * sent by 32 agency clients, about children already in the register (read from a CSV of id,nhs,given,family,dob).
 * One event in five is a knife or weapon incident, which the knife-or-weapon rule alerts on; the rest are police
 * incidents. Prints what was sent and answered, and writes accepted.csv (reference, epoch ms when the API's answer
 * came back); the script then measures how long after that each finding was committed, and whether every accepted
 * event was stored.
 * A warm-up at the same rate comes first (default 60 s: the server has just started and its JIT compiles the hot
 * paths); its events are real (stored and judged) but not in the figures, and its counts are printed apart.
 * Usage: java MomentsLatency.java BASE ADMIN PASSWORD CHILDREN.csv [rate] [seconds] [clients] [warm-up seconds]
 */
public class MomentsLatency {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String[]> children = Files.readAllLines(Path.of(args[3])).stream().map(l -> l.split(",")).toList();
        int rate = args.length > 4 ? Integer.parseInt(args[4]) : 500;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 300;
        int clients = args.length > 6 ? Integer.parseInt(args[6]) : 32;
        int warmup = args.length > 7 ? Integer.parseInt(args[7]) : 60;
        String key = BenchClient.issueKey(base, args[1], args[2], "moments latency harness");
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
        BlockingQueue<String> queue = new ArrayBlockingQueue<>(rate * 10);
        AtomicLong sent = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong dropped = new AtomicLong();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        // When each event's acceptance came back (reference, epoch ms): the start of its alert's clock.
        List<String> acceptedAt = java.util.Collections.synchronizedList(new ArrayList<>());

        // A producer at a fixed rate: if the server falls behind, the queue fills and the shortfall is reported.
        ScheduledExecutorService producer = Executors.newSingleThreadScheduledExecutor();
        long perTick = Math.max(1, rate / 100);
        producer.scheduleAtFixedRate(() -> {
            for (int i = 0; i < perTick; i++) {
                if (!queue.offer(event(children))) {
                    dropped.incrementAndGet();
                }
            }
        }, 0, 10, TimeUnit.MILLISECONDS);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup + seconds);
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread worker = Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < end) {
                    try {
                        String body = queue.poll(100, TimeUnit.MILLISECONDS);
                        if (body == null) {
                            continue;
                        }
                        long start = System.nanoTime();
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/events"))
                                        .header("Authorization", "Bearer " + key)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        latencies.add((System.nanoTime() - start) / 1000);
                        sent.incrementAndGet();
                        if (r.statusCode() == 201 || r.statusCode() == 200) {
                            accepted.incrementAndGet();
                            acceptedAt.add(body.substring(body.indexOf("\"reference\": \"") + 14,
                                    body.indexOf("\"", body.indexOf("\"reference\": \"") + 14)) + ","
                                    + System.currentTimeMillis());
                        } else {
                            failed.incrementAndGet();
                            if (failed.get() < 5) {
                                System.err.println(r.statusCode() + " " + r.body());
                            }
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
            workers.add(worker);
        }
        // The end of the warm-up: what it sent is counted apart and the measurement starts from nothing.
        Thread.sleep(TimeUnit.SECONDS.toMillis(warmup));
        long warmSent = sent.getAndSet(0);
        long warmAccepted = accepted.getAndSet(0);
        long warmFailed = failed.getAndSet(0);
        long warmDropped = dropped.getAndSet(0);
        latencies.clear();
        acceptedAt.clear();
        System.out.printf("warm-up: sent %d in %d s, accepted %d, failed %d, not sent (queue full) %d%n", warmSent,
                warmup, warmAccepted, warmFailed, warmDropped);
        for (Thread w : workers) {
            w.join();
        }
        producer.shutdownNow();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("sent %d in %d s (%.1f/s; target %d/s), accepted %d, failed %d, not sent (queue full) %d%n",
                sent.get(), seconds, sent.get() / (double) seconds, rate, accepted.get(), failed.get(),
                dropped.get() + queue.size());
        System.out.printf("API answer p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                BenchClient.percentileMillis(sorted, 50), BenchClient.percentileMillis(sorted, 95),
                BenchClient.percentileMillis(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
        System.out.printf("accepted in all, warm-up included: %d%n", warmAccepted + accepted.get());
        Files.write(Path.of("accepted.csv"), acceptedAt);
        System.exit(0);
    }

    private static String event(List<String[]> children) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String[] c = children.get(random.nextInt(children.size()));
        boolean knife = random.nextInt(5) == 0;
        String occurred = java.time.LocalDateTime.now().minusHours(1 + random.nextInt(48))
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
        return "{\"sourceSystem\": \"moments-latency\", \"reference\": \"" + java.util.UUID.randomUUID()
                + "\", \"recordedBy\": \"Bench team " + random.nextInt(5) + "\", \"person\": {\"givenNames\": \"" + c[2]
                + "\", \"familyName\": \"" + c[3] + "\", \"dateOfBirth\": \"" + c[4] + "\", \"identifiers\": {\"NHS\": \""
                + c[1] + "\"}}, \"event\": {\"type\": \"" + (knife ? "police.weapon-incident" : "police.incident")
                + "\", \"occurredAt\": \"" + occurred + "\", \"summary\": \"Sent by the latency harness.\", "
                + "\"details\": {\"role\": \"" + (knife ? "SUSPECT" : "WITNESS") + "\"}}}";
    }
}
