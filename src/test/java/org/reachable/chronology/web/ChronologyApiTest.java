package org.reachable.chronology.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachable.agencies.OrganisationKind;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The chronology as the lead practitioner sees it through the API: order, agencies, filters, key facts. */
@ReachableTest
class ChronologyApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;
    @Autowired
    ObjectMapper json;

    private TestBorough.World world;
    private WebSession lead;

    @BeforeEach
    void setUp() {
        world = borough.build();
        lead = WebSession.signIn(port, world.username("lead"), TestBorough.PASSWORD);
    }

    @Test
    void showsEveryAgencysEventsNewestFirstOrOldestFirst() throws Exception {
        JsonNode view = get("/api/v1/children/" + world.childA() + "/chronology");
        JsonNode entries = view.get("entries");
        assertThat(entries).hasSize(6);
        Set<String> agencies = new HashSet<>();
        List<Instant> times = new ArrayList<>();
        entries.forEach(e -> {
            agencies.add(e.get("organisationName").asText());
            times.add(Instant.parse(e.get("occurredAt").asText()));
        });
        assertThat(agencies).hasSizeGreaterThanOrEqualTo(5);
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        JsonNode oldest = get("/api/v1/children/" + world.childA() + "/chronology?order=oldest").get("entries");
        assertThat(oldest.get(0).get("type").asText()).isEqualTo("POLICE_INCIDENT");
        assertThat(oldest.get(5).get("type").asText()).isEqualTo("CAMHS_ASSESSMENT");
    }

    @Test
    void keyFactsSummariseWhatEveryAgencyRecorded() throws Exception {
        JsonNode facts = get("/api/v1/children/" + world.childA() + "/chronology").get("keyFacts");
        assertThat(facts.at("/socialCare/text").asText()).isEqualTo("Child protection plan");
        assertThat(facts.at("/school/text").asText())
                .isEqualTo("Permanently excluded from School " + world.tag() + " (reason OW)");
        assertThat(facts.at("/youthJustice/text").asText()).isEqualTo("Out-of-court disposal: Youth caution");
        assertThat(facts.get("recent").toString()).contains("1 emergency department attendance in the last 90 days");
        assertThat(facts.get("team")).hasSize(2);
        assertThat(facts.at("/team/0/lead").asBoolean()).isTrue();
        assertThat(facts.at("/team/0/name").asText()).isEqualTo("lead " + world.tag());
    }

    @Test
    void filtersByAgencyTypeAndDate() throws Exception {
        String police = world.organisations().get(OrganisationKind.POLICE).id().toString();
        JsonNode byAgency = get("/api/v1/children/" + world.childA() + "/chronology?organisation=" + police);
        assertThat(byAgency.get("matching").asLong()).isEqualTo(1);
        assertThat(byAgency.at("/entries/0/type").asText()).isEqualTo("POLICE_INCIDENT");

        JsonNode byType = get("/api/v1/children/" + world.childA() + "/chronology?type=csc.cp-start&type=health.ed-attendance");
        assertThat(byType.get("matching").asLong()).isEqualTo(2);

        String since = java.time.LocalDate.now().minusDays(40).toString();
        JsonNode byDate = get("/api/v1/children/" + world.childA() + "/chronology?from=" + since);
        assertThat(byDate.get("matching").asLong()).isEqualTo(2);

        HttpResponse<String> bad = lead.get("/api/v1/children/" + world.childA() + "/chronology?type=no.such-type");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json.readTree(bad.body()).at("/errors/0/field").asText()).isEqualTo("type");
        assertThat(json.readTree(bad.body()).at("/errors/0/value").asText()).isEqualTo("no.such-type");
    }

    @Test
    void marksWhatArrivedSinceThisPersonLastLooked() throws Exception {
        JsonNode first = get("/api/v1/children/" + world.childA() + "/chronology");
        assertThat(first.get("lastViewed").isNull()).isTrue();
        assertThat(first.get("newSinceLastViewed").asLong()).isZero();

        HttpResponse<String> added = lead.postJson("/api/v1/children/" + world.childA() + "/events", """
                {"type":"missing.episode","occurredAt":"%s","summary":"Amara did not come home; found by police at 02:00.",
                 "details":{"hoursMissing":"9"}}""".formatted(java.time.LocalDate.now().minusDays(1)));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

        JsonNode second = get("/api/v1/children/" + world.childA() + "/chronology");
        assertThat(second.get("newSinceLastViewed").asLong()).isEqualTo(1);
        assertThat(second.at("/entries/0/type").asText()).isEqualTo("MISSING_EPISODE");
        assertThat(second.at("/entries/0/isNew").asBoolean()).isTrue();
        assertThat(second.at("/entries/1/isNew").asBoolean()).isFalse();
        assertThat(get("/api/v1/children/" + world.childA() + "/chronology").get("newSinceLastViewed").asLong()).isZero();
    }

    @Test
    void restrictedEntriesAreWithheldFromAllButTheLeadPractitioner() throws Exception {
        HttpResponse<String> added = lead.postJson("/api/v1/children/" + world.childA() + "/events", """
                {"type":"police.incident","occurredAt":"%s","summary":"Intelligence: adults are contacting Amara online.",
                 "sensitivity":"RESTRICTED","details":{"role":"VICTIM"}}""".formatted(java.time.LocalDate.now()));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        WebSession tac = WebSession.signIn(port, world.username("tac"), TestBorough.PASSWORD);
        JsonNode seenByTeam = json.readTree(tac.get("/api/v1/children/" + world.childA() + "/chronology").body());
        JsonNode restricted = seenByTeam.at("/entries/0");
        assertThat(restricted.get("withheld").asBoolean()).isTrue();
        assertThat(restricted.get("summary").asText()).doesNotContain("Intelligence").contains("Restricted entry");
        assertThat(restricted.get("details")).isEmpty();
        JsonNode seenByLead = get("/api/v1/children/" + world.childA() + "/chronology").at("/entries/0");
        assertThat(seenByLead.get("summary").asText()).contains("Intelligence");
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = lead.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
