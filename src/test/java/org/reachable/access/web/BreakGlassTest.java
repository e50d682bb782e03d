package org.reachable.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Break-glass needs a reason, opens the record for a limited time, is audited and reviewed by a manager. */
@ReachableTest
class BreakGlassTest {

    private static final String REASON = "Police report Amara missing tonight and need her address history, ref ";

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    private TestBorough.World world;
    private WebSession stranger;

    @BeforeEach
    void setUp() {
        world = borough.build();
        stranger = WebSession.signIn(port, world.username("stranger"), TestBorough.PASSWORD);
    }

    @Test
    void needsAReasonOfSubstance() throws Exception {
        HttpResponse<String> none = stranger.postJson(breakGlass(), "{}");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(json.readTree(none.body()).at("/errors/0/field").asText()).isEqualTo("reason");
        HttpResponse<String> tooShort = stranger.postJson(breakGlass(), "{\"reason\":\"urgent\"}");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("at least 20 characters");
        assertThat(stranger.get(chronology()).statusCode()).isEqualTo(403);
        assertThat(count("select count(*) from access_break_glass where person_id = :p")).isZero();
    }

    @Test
    void opensTheRecordUntilItExpiresAndIsAudited() throws Exception {
        assertThat(stranger.get(chronology()).statusCode()).isEqualTo(403);
        HttpResponse<String> opened = stranger.postJson(breakGlass(), "{\"reason\":\"" + reason() + "\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);

        HttpResponse<String> view = stranger.get(chronology());
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(json.readTree(view.body()).at("/access/basis").asText()).isEqualTo("BREAK_GLASS");
        assertThat(count("""
                select count(*) from access_audit where person_id = :p and action = 'BREAK_GLASS'
                and purpose like 'Break-glass: Police report%' and legal_basis like '%Art 6(1)(d)%'""")).isEqualTo(1);
        assertThat(count("""
                select count(*) from access_audit where person_id = :p and action = 'READ' and outcome = 'ALLOWED'
                and purpose like 'Break-glass:%'""")).isEqualTo(1);

        // Time passes: the access window closes.
        jdbc.sql("update access_break_glass set expires_at = now() - interval '1 minute' where person_id = :p")
                .param("p", world.childA()).update();
        assertThat(stranger.get(chronology()).statusCode()).isEqualTo(403);
    }

    @Test
    void aManagerReviewsItAfterwards() {
        stranger.postJson(breakGlass(), "{\"reason\":\"" + reason() + "\"}");
        WebSession manager = WebSession.signIn(port, world.username("manager"), TestBorough.PASSWORD);
        String page = manager.get("/break-glass-reviews").body();
        assertThat(page).contains(reason()).contains("Amara Okafor" + world.tag());
        String id = jdbc.sql("select cast(id as text) from access_break_glass where person_id = :p")
                .param("p", world.childA()).query(String.class).single();

        HttpResponse<String> missingOutcome = manager.postForm("/break-glass-reviews/" + id, Map.of("note", "ok"));
        assertThat(missingOutcome.statusCode()).isEqualTo(200);
        assertThat(missingOutcome.body()).contains("Choose whether the access was justified");

        HttpResponse<String> reviewed = manager.postForm("/break-glass-reviews/" + id,
                Map.of("outcome", "JUSTIFIED", "note", "Checked with the police duty officer; child was missing."));
        assertThat(reviewed.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select review_outcome from access_break_glass where cast(id as text) = :id")
                .param("id", id).query(String.class).single()).isEqualTo("JUSTIFIED");
        assertThat(manager.get("/break-glass-reviews").body()).doesNotContain(reason());
    }

    @Test
    void contributorsCannotBreakGlass() {
        WebSession contributor = WebSession.signIn(port, world.username("contributor"), TestBorough.PASSWORD);
        assertThat(contributor.postJson(breakGlass(), "{\"reason\":\"" + reason() + "\"}").statusCode()).isEqualTo(403);
    }

    private String reason() {
        return REASON + world.tag();
    }

    private String breakGlass() {
        return "/api/v1/children/" + world.childA() + "/break-glass";
    }

    private String chronology() {
        return "/api/v1/children/" + world.childA() + "/chronology";
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("p", world.childA()).query(Long.class).single();
    }
}
