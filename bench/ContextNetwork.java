import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The two-hop network around a child through the real API path (sign-in session, URL rule, capability and
 * relationship check, one SQL walk, access filtering of every child in it, names, audit of the read):
 * GET /api/v1/contexts/children/{id}/network for children picked at random from a file of ids, one request at a
 * time. Warm-up requests first (not counted), then the measured requests; prints p50/p95/p99 and the links returned.
 * Usage: java ContextNetwork.java BASE USER PASSWORD CHILDREN.txt [warm-up requests] [requests] [seed]
 */
public class ContextNetwork {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> children = Files.readAllLines(Path.of(args[3])).stream().filter(l -> !l.isBlank()).toList();
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 500;
        int requests = args.length > 5 ? Integer.parseInt(args[5]) : 2000;
        Random random = new Random(args.length > 6 ? Long.parseLong(args[6]) : 7);
        BenchClient.Session session = BenchClient.signIn(base, args[1], args[2]);
        for (int i = 0; i < warmup; i++) {
            call(session, children.get(random.nextInt(children.size())));
        }
        long[] micros = new long[requests];
        List<Integer> links = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < requests; i++) {
            String child = children.get(random.nextInt(children.size()));
            long start = System.nanoTime();
            HttpResponse<String> r = call(session, child);
            micros[i] = (System.nanoTime() - start) / 1000;
            if (r.statusCode() != 200) {
                failed++;
                if (failed < 5) {
                    System.err.println(r.statusCode() + " " + r.body());
                }
            } else {
                links.add(count(r.body(), "\"linkId\""));
            }
        }
        java.util.Arrays.sort(micros);
        int[] sortedLinks = links.stream().mapToInt(Integer::intValue).sorted().toArray();
        System.out.printf("requests %d (after %d warm-up), failed %d%n", requests, warmup, failed);
        System.out.printf("links per answer: median %d, max %d%n", sortedLinks.length == 0 ? 0
                : sortedLinks[sortedLinks.length / 2], sortedLinks.length == 0 ? 0 : sortedLinks[sortedLinks.length - 1]);
        System.out.printf("two-hop network p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                BenchClient.percentileMillis(micros, 50), BenchClient.percentileMillis(micros, 95),
                BenchClient.percentileMillis(micros, 99), micros[micros.length - 1] / 1000.0);
    }

    private static HttpResponse<String> call(BenchClient.Session session, String child) throws Exception {
        return session.client().send(HttpRequest.newBuilder(URI.create(session.base() + "/api/v1/contexts/children/"
                + child + "/network")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }
}
