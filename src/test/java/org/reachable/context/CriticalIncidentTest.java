package org.reachable.context;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reachable.access.ApiKeys;
import org.reachable.access.Relationships;
import org.reachable.agencies.OrganisationKind;
import org.reachable.feeds.FeedsTestSupport;
import org.reachable.identity.ChildRegister;
import org.reachable.support.Browser;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A child is killed: the police send the event through the real events API with their own API key. Reachable opens a
 * critical incident, lists the children most likely affected (a peer, children in the same group and at the same
 * place, a sibling) and the reachable-moments rule raises a critical-moment alert for each of them, and for nobody
 * else (a child in another group, a child whose link expired, a child linked only to the same adult of concern).
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CriticalIncidentTest {

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;
    @Autowired
    ChildRegister register;
    @Autowired
    Relationships relationships;
    @Autowired
    ApiKeys keys;
    @Autowired
    JdbcClient jdbc;

    private ContextWorld w;
    private ContextWorld.Child harmed;
    private List<ContextWorld.Child> affected;
    private List<ContextWorld.Child> unaffected;
    private UUID incident;

    @BeforeAll
    void aChildIsKilled() throws Exception {
        w = new ContextWorld(port, borough.build(), register, relationships);
        String tag = w.world.tag();
        ContextWorld.Child sibling = w.child("Ama", "Boateng", null);
        harmed = w.child("Kofi", "Boateng", "lead", sibling);
        ContextWorld.Child peer = w.child("Reuben", "Clarke", "tac");
        ContextWorld.Child groupmate = w.child("Tyrese", "Walker", "lead");
        ContextWorld.Child atThePlace = w.child("Sade", "Adeyemi", null);
        ContextWorld.Child otherGroup = w.child("Marcus", "Hill", "lead");
        ContextWorld.Child expired = w.child("Jordan", "Reid", "lead");
        ContextWorld.Child sameAdult = w.child("Casey", "Morgan", "lead");
        WebSession lead = w.session("lead");
        WebSession tac = w.session("tac");
        WebSession manager = w.session("manager");
        UUID group = w.context(lead, "PEER_GROUP", "Young people who meet on Hoe Street " + tag, "");
        UUID place = w.context(lead, "PLACE", "Walthamstow bus station " + tag,
                ", \"latitude\": \"51.5830\", \"longitude\": \"-0.0199\"");
        UUID other = w.context(lead, "PEER_GROUP", "Young people from Higham Hill " + tag, "");
        UUID adult = w.context(manager, "PERSON_OF_INTEREST", "Adult of concern " + tag, "");
        w.link(lead, harmed.nhs(), null, null, group.toString(), null, "MEMBER");
        w.link(lead, harmed.nhs(), null, null, place.toString(), null, "USES");
        relationships.grant(harmed.id(), w.world.userIds().get("tac"), false, "YJS", java.time.LocalDate.now());
        w.link(tac, harmed.nhs(), null, peer.nhs(), null, group.toString(), "POSITIVE_PEER");
        w.link(lead, groupmate.nhs(), null, null, group.toString(), null, "MEMBER");
        relationships.grant(atThePlace.id(), w.world.userIds().get("manager"), true, "Manager", java.time.LocalDate.now());
        w.link(manager, atThePlace.nhs(), null, null, place.toString(), null, "USES");
        w.link(lead, otherGroup.nhs(), null, null, other.toString(), null, "MEMBER");
        w.link(lead, null, group.toString(), null, other.toString(), null, "CONFLICT");
        UUID old = w.link(lead, expired.nhs(), null, null, group.toString(), null, "MEMBER");
        jdbc.sql("update context_link set review_by = current_date - 1 where id = :id").param("id", old).update();
        relationships.grant(harmed.id(), w.world.userIds().get("manager"), false, "Manager", java.time.LocalDate.now());
        relationships.grant(sameAdult.id(), w.world.userIds().get("manager"), false, "Manager", java.time.LocalDate.now());
        w.link(manager, null, adult.toString(), harmed.nhs(), null, null, "CONTACT");
        w.link(manager, null, adult.toString(), sameAdult.nhs(), null, null, "CONTACT");
        affected = List.of(sibling, peer, groupmate, atThePlace);
        unaffected = List.of(otherGroup, expired, sameAdult);

        String police = FeedsTestSupport.issueKey(keys, w.world.organisations().get(OrganisationKind.POLICE).id());
        HttpResponse<String> sent = FeedsTestSupport.post(port, police, "/api/v1/events", FeedsTestSupport.event(
                "police-niche", "CAD/" + UUID.randomUUID(), harmed.given(), harmed.family(),
                harmed.dateOfBirth().toString(), harmed.nhs(), "community.seriously-harmed",
                java.time.LocalDateTime.now().minusHours(2).withNano(0).withSecond(0).toString(),
                "{\"harm\": \"KILLED\"}"));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        Set<UUID> expected = affected.stream().map(ContextWorld.Child::id).collect(Collectors.toSet());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline) && alerted(expected).size() < expected.size()) {
            Thread.sleep(100);
        }
        Thread.sleep(500); // anything still in flight (a wrong alert) would show now
        incident = jdbc.sql("select id from context_incident where person_id = :p").param("p", harmed.id())
                .query(UUID.class).single();
    }

    @Test
    void criticalMomentAlertsAreRaisedForTheChildrenMostLikelyAffectedAndNobodyElse() {
        Set<UUID> expected = affected.stream().map(ContextWorld.Child::id).collect(Collectors.toSet());
        assertThat(alerted(expected)).as("alerts for the peer, group, place and sibling").isEqualTo(expected);
        Set<UUID> others = new java.util.HashSet<>(unaffected.stream().map(ContextWorld.Child::id).toList());
        others.add(harmed.id());
        assertThat(alerted(others)).as("no alert for unrelated children or the harmed child").isEmpty();
        assertThat(jdbc.sql("""
                        select count(*) from moments_alert a join moments_finding f on f.alert_id = a.id
                        where a.person_id in (:ids) and f.rule_key = 'peer-seriously-harmed'""")
                .param("ids", expected).query(Long.class).single()).isEqualTo(4L);
        assertThat(jdbc.sql("select routed_to from moments_alert where person_id = :p")
                .param("p", affected.get(0).id()).query(String.class).single())
                .as("the sibling has no practitioner, so the MASH is alerted").isEqualTo("MASH");
    }

    @Test
    void theIncidentsResponseListGivesReasonsAndNamesOnlyChildrenTheViewerMayOpen() {
        HttpResponse<String> response = w.session("lead").get("/api/v1/contexts/incidents/" + incident);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode file = ContextWorld.read(response);
        List<String> reasons = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        file.get("affected").forEach(a -> {
            reasons.add(a.get("reasons").asText());
            labels.add(a.get("child").get("label").asText());
        });
        assertThat(reasons).hasSize(4).anyMatch(r -> r.contains("sibling")).anyMatch(r -> r.contains("a peer"))
                .anyMatch(r -> r.contains("same peer group")).anyMatch(r -> r.contains("same place"));
        assertThat(labels).contains("Tyrese " + affected.get(2).family(), "a child (no access)")
                .doesNotContain("Sade " + affected.get(3).family());
        assertThat(file.get("conflicts").toString()).contains("Higham Hill");
        assertThat(response.body()).doesNotContain(affected.get(3).id().toString());
    }

    @Test
    void aRedeliveredEventOpensNoSecondIncident() {
        assertThat(jdbc.sql("select count(*) from context_incident where person_id = :p").param("p", harmed.id())
                .query(Long.class).single()).isEqualTo(1L);
        assertThat(jdbc.sql("select count(*) from context_incident_child where incident_id = :i")
                .param("i", incident).query(Long.class).single()).isEqualTo(4L);
    }

    @Test
    void practitionersAndTheSchoolRecordTheResponseWithTheKeyboardOnAnAccessiblePage() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn(w.world.username("lead"), TestBorough.PASSWORD);
            browser.go("/contexts/incidents");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.go("/contexts/incidents/" + incident);
            assertThat(browser.driver().findElement(By.tagName("main")).getText())
                    .contains("A child was killed").contains("Tyrese").contains("Higham Hill");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            new Select(browser.driver().findElement(By.id("setting"))).selectByValue("CHILD");
            new Select(browser.driver().findElement(By.id("child"))).selectByVisibleText("Tyrese "
                    + affected.get(2).family());
            browser.driver().findElement(By.id("offeredBy")).sendKeys("Sam, St Mary's youth centre");
            browser.driver().findElement(By.id("support")).sendKeys("Bereavement support session offered");
            new Select(browser.driver().findElement(By.id("outcome"))).selectByValue("TAKEN_UP");
            browser.driver().findElement(By.xpath("//button[normalize-space()='Record response']"))
                    .sendKeys(Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.tagName("main")).getText().contains("Bereavement support session"));
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Taken up");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        }
        WebSession school = w.session("contributor");
        HttpResponse<String> schoolResponse = school.postJson("/api/v1/contexts/incidents/" + incident + "/responses",
                "{\"setting\": \"SCHOOL\", \"offeredBy\": \"DSL, Walthamstow Academy\", "
                        + "\"support\": \"Assembly and drop-in with the school counsellor\", \"outcome\": \"DONE\"}");
        assertThat(schoolResponse.statusCode()).as(schoolResponse.body()).isEqualTo(201);
        HttpResponse<String> schoolNamesAChild = school.postJson("/api/v1/contexts/incidents/" + incident
                + "/responses", "{\"setting\": \"CHILD\", \"child\": \"" + affected.get(2).id()
                + "\", \"offeredBy\": \"DSL\", \"support\": \"Talk\", \"outcome\": \"OFFERED\"}");
        assertThat(schoolNamesAChild.statusCode()).as("a school cannot record support for a child it may not open")
                .isEqualTo(403);
        String page = school.get("/contexts/incidents/" + incident).body();
        assertThat(page).contains("Assembly and drop-in").doesNotContain("Tyrese").doesNotContain("Kofi");
    }

    private Set<UUID> alerted(Set<UUID> children) {
        return new java.util.HashSet<>(jdbc.sql("select person_id from moments_alert where person_id in (:ids)")
                .param("ids", children).query(UUID.class).list());
    }
}
