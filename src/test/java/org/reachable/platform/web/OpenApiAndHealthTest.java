package org.reachable.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API description is valid OpenAPI 3 and declares security on every operation; health answers without sign-in. */
@ReachableTest
class OpenApiAndHealthTest {

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;
    @Autowired
    ObjectMapper json;

    @Test
    void everyOperationIsDescribedWithItsSecurity() throws Exception {
        TestBorough.World world = borough.build();
        WebSession session = WebSession.signIn(port, world.username("lead"), TestBorough.PASSWORD);
        HttpResponse<String> response = session.get("/api/v1/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode spec = json.readTree(response.body());
        assertThat(spec.get("openapi").asText()).startsWith("3.");
        assertThat(spec.at("/components/securitySchemes/session/in").asText()).isEqualTo("cookie");
        List<String> operations = new ArrayList<>();
        List<String> withoutSecurity = new ArrayList<>();
        spec.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            operations.add(op.getKey().toUpperCase() + " " + path.getKey());
            if (!op.getValue().has("security") || op.getValue().get("security").isEmpty()) {
                withoutSecurity.add(op.getKey().toUpperCase() + " " + path.getKey());
            }
            assertThat(op.getValue().has("responses")).as(path.getKey()).isTrue();
        }));
        assertThat(operations).contains("GET /api/v1/children/{id}/chronology", "POST /api/v1/children/{id}/events",
                "GET /api/v1/children", "POST /api/v1/submissions", "GET /api/v1/ig/children/{id}/access");
        assertThat(withoutSecurity).as("operations without a declared security requirement").isEmpty();
    }

    @Test
    void healthAndProbesAnswerWithoutSignIn() {
        WebSession anonymous = WebSession.anonymous(port);
        HttpResponse<String> health = anonymous.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(anonymous.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/env").statusCode()).isIn(302, 401, 403, 404);
    }
}
