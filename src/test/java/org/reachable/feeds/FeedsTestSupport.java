package org.reachable.feeds;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.reachable.access.ApiKeys;
import org.reachable.access.Role;
import org.reachable.access.TestUsers;
import org.reachable.identity.NhsNumber;

/** Small helpers for feeds tests: an API key for an organisation, event JSON, and NHS numbers nobody else uses. */
public final class FeedsTestSupport {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private FeedsTestSupport() {
    }

    public static String issueKey(ApiKeys keys, UUID organisationId) {
        TestUsers.signIn(Role.ADMIN);
        try {
            return keys.issue(organisationId.toString(), "test system").key();
        } finally {
            TestUsers.signOut();
        }
    }

    public static HttpResponse<String> post(int port, String key, String path, String json) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> get(int port, String key, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An event body; {@code nhs} may be null. */
    public static String event(String system, String reference, String given, String family, String dob, String nhs,
                               String type, String occurredAt, String detailsJson) {
        return """
                {"sourceSystem": "%s", "reference": "%s", "recordedBy": "PC 1234 Example",
                 "person": {"givenNames": "%s", "familyName": "%s", "dateOfBirth": "%s", "sex": "F"%s},
                 "event": {"type": "%s", "occurredAt": "%s", "summary": "Reported by the agency's system.",
                           "details": %s}}""".formatted(system, reference, given, family, dob,
                nhs == null ? "" : ", \"identifiers\": {\"NHS\": \"" + nhs + "\"}", type, occurredAt, detailsJson);
    }

    public static String uniqueNhsNumber() {
        java.util.Random random = new java.util.Random();
        while (true) {
            String nine = String.format("%09d", random.nextInt(1_000_000_000));
            java.util.Optional<Integer> check = NhsNumber.checkDigit(nine);
            if (check.isPresent()) {
                return nine + check.get();
            }
        }
    }
}
