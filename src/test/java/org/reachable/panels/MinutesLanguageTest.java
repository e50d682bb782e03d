package org.reachable.panels;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachable.language.LanguageCheck;
import org.reachable.language.LanguageFinding;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/** Minutes that blame the child come back with the language module's suggestion, in the API and on the page. */
@ReachableTest
class MinutesLanguageTest {

    private static final String BLAMING = "Jayden is putting himself at risk and is associating with older males.";

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;
    @Autowired
    PanelsTestSupport panels;
    @Autowired
    LanguageCheck language;
    @Autowired
    ObjectMapper json;

    private TestBorough.World world;
    private UUID meeting;
    private UUID item;
    private WebSession member;

    @BeforeEach
    void setUp() {
        world = borough.build();
        UUID panel = panels.panel(world, "Minutes", "lead");
        meeting = panels.meeting(panel, Instant.now().minus(1, ChronoUnit.HOURS));
        item = panels.onAgenda(meeting, world.childB());
        member = WebSession.signIn(port, world.username("lead"), TestBorough.PASSWORD);
    }

    @Test
    void theApiAnswersWithTheLanguageModulesSuggestionsAndSavesTheMinutesAsWritten() throws Exception {
        List<LanguageFinding> expected = language.check(BLAMING);
        assertThat(expected).as("the language module flags the phrase").isNotEmpty();

        HttpResponse<String> response = member.postJson(minutes(), json.writeValueAsString(Map.of(
                "minutes", BLAMING, "decision", "Refer to MACE", "outcomeShared", "Told his mother about the plan.")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode prompts = json.readTree(response.body()).get("languagePrompts");
        assertThat(prompts).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(prompts.get(i).get("field").asText()).isEqualTo("minutes");
            assertThat(prompts.get(i).get("found").asText()).isEqualTo(expected.get(i).found());
            assertThat(prompts.get(i).get("suggestion").asText()).isEqualTo(expected.get(i).suggestion());
        }
        JsonNode saved = json.readTree(member.get("/api/v1/panels/meetings/" + meeting).body()).at("/agenda/0");
        assertThat(saved.get("minutes").asText()).isEqualTo(BLAMING);
        assertThat(saved.get("outcomeShared").asText()).isEqualTo("Told his mother about the plan.");
        assertThat(saved.get("languagePrompts")).hasSize(expected.size());
    }

    @Test
    void thePageShowsTheSuggestionUnderTheMinutedItem() {
        HttpResponse<String> posted = member.postForm("/panels/meetings/" + meeting + "/items/" + item + "/minutes",
                Map.of("minutes", BLAMING, "decision", "", "outcomeShared", "", "outcomeSharedOn", ""));
        assertThat(posted.statusCode()).isEqualTo(302);
        String page = HtmlUtils.htmlUnescape(member.get("/panels/meetings/" + meeting).body());
        LanguageFinding first = language.check(BLAMING).getFirst();
        assertThat(page).contains("Check the wording of the minutes").contains(first.found())
                .contains(first.suggestion());
    }

    @Test
    void neutralMinutesGetNoPrompts() throws Exception {
        HttpResponse<String> response = member.postJson(minutes(), json.writeValueAsString(Map.of(
                "minutes", "Adults are contacting Jayden and may be criminally exploiting him.")));
        assertThat(json.readTree(response.body()).get("languagePrompts")).isEmpty();
    }

    private String minutes() {
        return "/api/v1/panels/meetings/" + meeting + "/items/" + item + "/minutes";
    }
}
