import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the load harnesses share: a signed-in session (form login with the CSRF cookie) and an agency API key issued
 * through the administrators' API. The harnesses run as single-file programs (`java bench/X.java`); the JDK's launcher
 * (22 and later) compiles this file alongside them.
 */
final class BenchClient {

    private BenchClient() {
    }

    /** A client signed in as {@code username}, keeping its cookies (session and XSRF-TOKEN). */
    static Session signIn(String base, String username, String password) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.discarding());
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token(cookies));
        client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return new Session(base, client, cookies);
    }

    /** Issues an API key for the first organisation the administrator's page offers. */
    static String issueKey(String base, String admin, String password, String name) throws Exception {
        Session session = signIn(base, admin, password);
        String page = session.get("/admin/api-keys");
        Matcher org = Pattern.compile("<option value=\"([0-9a-f-]{36})\"").matcher(page);
        if (!org.find()) {
            throw new IllegalStateException("No organisation on /admin/api-keys; is " + admin + " an administrator?");
        }
        String answer = session.client().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/api-keys"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token(session.cookies()))
                .POST(HttpRequest.BodyPublishers.ofString("{\"organisation\": \"" + org.group(1)
                        + "\", \"name\": \"" + name + "\"}")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher key = Pattern.compile("\"key\":\"(rk_[^\"]+)\"").matcher(answer);
        if (!key.find()) {
            throw new IllegalStateException("No key issued: " + answer);
        }
        return key.group(1);
    }

    /** The sorted values' {@code p}th percentile, in milliseconds (values in microseconds). */
    static double percentileMillis(long[] sortedMicros, double p) {
        if (sortedMicros.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, Math.min(index, sortedMicros.length - 1))] / 1000.0;
    }

    record Session(String base, HttpClient client, CookieManager cookies) {

        String get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    private static String token(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
