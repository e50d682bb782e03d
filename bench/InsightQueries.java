import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Times each Insight dashboard query through HTTP as one signed-in analyst: WARMUP unmeasured calls, then ROUNDS
 * measured calls per query, one after another; prints the median, 95th percentile and worst per query, and the
 * response size.
 *
 * java bench/InsightQueries.java BASE_URL USERNAME PASSWORD [WARMUP] [ROUNDS] [PATHS_FILE]
 *
 * With PATHS_FILE, the paths in it (one a line, from the root, e.g. /api/v1/insight/hotspots) are timed instead.
 */
public class InsightQueries {

    private static final List<String> QUERIES = List.of("incidents-by-month", "incidents-by-type",
            "incidents-by-lsoa", "incidents-by-borough", "incidents-trend", "incidents-seasonality",
            "incidents-by-month?borough=E09000031", "incidents-by-type?from=2015-01&to=2015-12",
            "incidents-by-lsoa?borough=E09000019&from=2016-01&to=2016-12");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.discarding());
        String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        String form = "username=" + enc(args[1]) + "&password=" + enc(args[2]) + "&_csrf=" + enc(csrf);
        http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        List<String> paths = args.length > 5
                ? java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[5])).stream().filter(l -> !l.isBlank()).toList()
                : QUERIES.stream().map(q -> "/api/v1/insight/tables/" + q).toList();
        for (String q : paths) {
            URI uri = URI.create(base + q);
            for (int i = 0; i < warmup; i++) {
                call(http, uri);
            }
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                call(http, uri);
                ms.add((System.nanoTime() - t) / 1e6);
            }
            ms.sort(Double::compare);
            int bytes = call(http, uri);
            System.out.printf("%-78s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  %,9d bytes%n", q,
                    ms.get((ms.size() - 1) / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1),
                    ms.get(ms.size() - 1), bytes);
        }
    }

    private static int call(HttpClient http, URI uri) throws Exception {
        String accept = uri.getPath().startsWith("/api/") ? "application/json" : "*/*";
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + r.statusCode() + ": " + new String(r.body(),
                    StandardCharsets.UTF_8));
        }
        return r.body().length;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
