import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Critical-incident latency: sends "seriously harmed" events (community.seriously-harmed, KILLED) for children read
 * from a CSV (nhs,given,family,dob) through the events API with an agency API key, one at a time with a pause, and
 * prints each reference; the script then measures in the database how long after each event was accepted the
 * incident was opened and the last critical-moment alert finding for the children affected was committed.
 * Usage: java IncidentLatency.java BASE ADMIN PASSWORD CHILDREN.csv [events] [pause ms]
 */
public class IncidentLatency {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String[]> children = Files.readAllLines(Path.of(args[3])).stream().map(l -> l.split(",")).toList();
        int events = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        long pause = args.length > 5 ? Long.parseLong(args[5]) : 1500;
        String key = BenchClient.issueKey(base, args[1], args[2], "critical incident latency harness");
        HttpClient http = HttpClient.newHttpClient();
        int accepted = 0;
        for (int i = 0; i < events && i < children.size(); i++) {
            String[] c = children.get(i);
            String occurred = java.time.LocalDateTime.now().minusHours(1).withSecond(0).withNano(0).toString();
            String body = "{\"sourceSystem\": \"incident-latency\", \"reference\": \"" + UUID.randomUUID()
                    + "\", \"recordedBy\": \"Bench\", \"person\": {\"givenNames\": \"" + c[1] + "\", \"familyName\": \""
                    + c[2] + "\", \"dateOfBirth\": \"" + c[3] + "\", \"identifiers\": {\"NHS\": \"" + c[0]
                    + "\"}}, \"event\": {\"type\": \"community.seriously-harmed\", \"occurredAt\": \"" + occurred
                    + "\", \"summary\": \"Sent by the latency harness.\", \"details\": {\"harm\": \"KILLED\"}}}";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/events"))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 201 || r.statusCode() == 200) {
                accepted++;
            } else {
                System.err.println(r.statusCode() + " " + r.body());
            }
            Thread.sleep(pause);
        }
        System.out.println("serious-harm events accepted: " + accepted);
    }
}
