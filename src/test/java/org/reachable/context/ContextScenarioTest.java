package org.reachable.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.reachable.access.Relationships;
import org.reachable.identity.ChildRegister;
import org.reachable.support.Browser;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Children linked to a peer group and a place, seen by different roles: the lead practitioner, a school DSL
 * (contributor), a team manager; the context-conference view names no child; links expire and can be challenged.
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContextScenarioTest {

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;
    @Autowired
    ChildRegister register;
    @Autowired
    Relationships relationships;
    @Autowired
    JdbcClient jdbc;

    private ContextWorld w;
    private ContextWorld.Child kwame;
    private ContextWorld.Child leah;
    private ContextWorld.Child priya;
    private ContextWorld.Child daniel;
    private ContextWorld.Child zara;
    private UUID group;
    private UUID park;
    private UUID otherGroup;
    private UUID adult;
    private UUID priyaAtThePark;
    private String tag;

    @BeforeAll
    void linkChildrenToAPeerGroupAndAPlace() {
        w = new ContextWorld(port, borough.build(), register, relationships);
        tag = w.world.tag();
        kwame = w.child("Kwame", "Asante", "lead");
        leah = w.child("Leah", "Brown", "lead");
        priya = w.child("Priya", "Sharma", "lead");
        daniel = w.child("Daniel", "Okoro", "tac");
        zara = w.child("Zara", "Mensah", "tac");
        WebSession lead = w.session("lead");
        WebSession tac = w.session("tac");
        WebSession manager = w.session("manager");
        group = w.context(lead, "PEER_GROUP", "Young people who meet at the Lloyd Park skate area " + tag, "");
        park = w.context(lead, "PLACE", "Lloyd Park skate area " + tag, ", \"latitude\": \"51.5913\", \"longitude\": \"-0.0215\"");
        otherGroup = w.context(lead, "PEER_GROUP", "Young people from the Chingford Mount estate " + tag, "");
        adult = w.context(manager, "PERSON_OF_INTEREST", "Adult of concern Vance " + tag, "");
        w.link(lead, kwame.nhs(), null, null, group.toString(), null, "MEMBER");
        w.link(lead, leah.id().toString(), null, null, group.toString(), null, "MEMBER");
        w.link(lead, kwame.nhs(), null, leah.nhs(), null, group.toString(), "PEER");
        priyaAtThePark = w.link(lead, priya.nhs(), null, null, park.toString(), null, "SAFE_SPACE");
        w.link(tac, daniel.nhs(), null, null, group.toString(), null, "MEMBER");
        w.link(tac, zara.nhs(), null, null, otherGroup.toString(), null, "MEMBER");
        w.link(lead, null, group.toString(), null, park.toString(), null, "USES");
        w.link(lead, null, group.toString(), null, otherGroup.toString(), null, "CONFLICT");
        w.link(manager, null, adult.toString(), null, group.toString(), null, "CONTACT");
        HttpResponse<String> assessed = lead.postJson("/api/v1/contexts/" + group + "/stage", """
                {"stage": "ASSESSMENT", "note": "Kwame and Leah %s told the youth worker older males come to the park.",
                 "dynamics": "Kwame is looked up to by younger children", "influence": "Older males with cars",
                 "placesUsed": "Lloyd Park skate area, the chicken shop on Forest Road"}""".formatted("Brown" + tag));
        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(200);
        HttpResponse<String> action = lead.postJson("/api/v1/contexts/" + group + "/actions", """
                {"agency": "Transport for London (bus operator)", "owner": "Route 34 safety lead",
                 "description": "Extra staff at the park stop 15:00-17:00 on school days", "dueOn": "%s"}"""
                .formatted(java.time.LocalDate.now().plusWeeks(3)));
        assertThat(action.statusCode()).as(action.body()).isEqualTo(201);
    }

    @AfterAll
    void signOut() {
        org.reachable.access.TestUsers.signOut();
    }

    @Test
    void theLeadPractitionerSeesTheirChildrenNamedAndOthersOnlyAsChildrenWithNoAccess() {
        WebSession lead = w.session("lead");
        HttpResponse<String> page = lead.get("/contexts/children/" + kwame.id() + "/network");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(leah.name()).contains("Young people who meet at the Lloyd Park skate area")
                .contains("Lloyd Park skate area " + tag).contains("a child (no access)")
                .contains("Young people from the Chingford Mount estate " + tag)
                .doesNotContain(daniel.family()).doesNotContain(zara.family())
                .as("persons of interest are hidden from practitioners").doesNotContain("Vance " + tag);
        String api = lead.get("/api/v1/contexts/children/" + kwame.id() + "/network").body();
        assertThat(api).contains(leah.id().toString()).doesNotContain(daniel.id().toString());
        assertThat(namedAudits(w.world.userIds().get("lead"), leah.id()))
                .as("naming Leah in Kwame's network is audited").isPositive();
    }

    @Test
    void aSchoolDslSeesTheGroupItsPlacesAndConflictsButNoChildAndNoPersonOfInterest() {
        WebSession dsl = w.session("contributor");
        HttpResponse<String> page = dsl.get("/contexts/" + group + "/network");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Lloyd Park skate area " + tag)
                .contains("Young people from the Chingford Mount estate " + tag).contains("Groups in conflict")
                .contains("a child (no access)");
        for (ContextWorld.Child child : List.of(kwame, leah, priya, daniel, zara)) {
            assertThat(page.body()).doesNotContain(child.family()).doesNotContain(child.id().toString());
        }
        assertThat(page.body()).doesNotContain("Vance " + tag);
        String api = dsl.get("/api/v1/contexts/" + group + "/network").body();
        for (ContextWorld.Child child : List.of(kwame, leah, priya, daniel, zara)) {
            assertThat(api).doesNotContain(child.id().toString()).doesNotContain(child.family());
        }
        assertThat(dsl.get("/contexts/children/" + kwame.id() + "/network").statusCode())
                .as("a contributor never opens a child's network").isEqualTo(403);
        assertThat(dsl.get("/contexts/" + adult).statusCode()).isEqualTo(403);
        assertThat(dsl.postJson("/api/v1/contexts", "{\"kind\": \"PLACE\"}").statusCode())
                .as("a contributor cannot record contexts").isEqualTo(403);
    }

    @Test
    void aTeamManagerSeesThePersonOfInterestButNoChildWithoutARelationship() {
        String page = w.session("manager").get("/contexts/" + group + "/network").body();
        assertThat(page).contains("Adult of concern Vance " + tag).contains("a child (no access)")
                .doesNotContain(kwame.family());
    }

    @Test
    void theContextConferenceViewInTheBrowserNamesNoChild() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn(w.world.username("lead"), TestBorough.PASSWORD);
            browser.go("/contexts/" + group + "/conference");
            String main = browser.driver().findElement(By.tagName("main")).getText();
            assertThat(main).contains("Young people who meet at the Lloyd Park skate area " + tag)
                    .contains("Lloyd Park skate area " + tag).contains("Transport for London")
                    .contains("Chingford Mount").contains("older males come to the park");
            for (ContextWorld.Child child : List.of(kwame, leah, priya, daniel, zara)) {
                assertThat(main).as("no child named: " + child.name())
                        .doesNotContain(child.given()).doesNotContain(child.family());
            }
            assertThat(browser.driver().getPageSource()).doesNotContain(kwame.id().toString());
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        }
    }

    @Test
    void anExpiredLinkDropsOutOfTheNetworkAndIsShownAsExpiredOnTheContextPage() {
        UUID kept = w.link(w.session("lead"), priya.nhs(), null, null, otherGroup.toString(), null, "POSITIVE_PEER");
        jdbc.sql("update context_link set review_by = current_date - 1 where id = :id")
                .param("id", priyaAtThePark).update();
        WebSession lead = w.session("lead");
        String network = lead.get("/api/v1/contexts/children/" + priya.id() + "/network").body();
        assertThat(network).doesNotContain(priyaAtThePark.toString()).contains(kept.toString());
        String page = lead.get("/contexts/" + park).body();
        assertThat(page).contains("Expired: not reviewed by").contains(priya.name());
    }

    @Test
    void aChallengedLinkIsDisputedUntilResolvedAndAnUpheldChallengeEndsIt() {
        WebSession lead = w.session("lead");
        UUID link = w.link(lead, leah.nhs(), null, null, otherGroup.toString(), null, "MEMBER");
        assertThat(lead.postJson("/api/v1/contexts/links/" + link + "/challenge", "{\"reason\": \"Her school says she is never there\"}")
                .statusCode()).isEqualTo(200);
        assertThat(lead.postJson("/api/v1/contexts/links/" + link + "/challenge", "{\"reason\": \"x\"}").body())
                .contains("reason").contains("at least 10 characters");
        assertThat(lead.get("/contexts/" + otherGroup).body()).contains("Disputed").contains("Her school says she is never there");
        String upheld = "{\"outcome\": \"UPHELD\", \"resolution\": \"Leah's mother confirmed she does not go there\"}";
        HttpResponse<String> ownChallenge = lead.postJson("/api/v1/contexts/links/" + link + "/resolve", upheld);
        assertThat(ownChallenge.statusCode()).as("not by the person who raised it").isEqualTo(400);
        assertThat(ownChallenge.body()).contains("someone else");
        assertThat(w.session("manager").postJson("/api/v1/contexts/links/" + link + "/resolve", upheld)
                .statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select status from context_link where id = :id").param("id", link)
                .query(String.class).single()).isEqualTo("ENDED");
        assertThat(lead.get("/api/v1/contexts/children/" + leah.id() + "/network").body())
                .doesNotContain(link.toString());
    }

    @Test
    void badInputIsNamedAndLinkingAChildNeedsARelationship() {
        WebSession lead = w.session("lead");
        HttpResponse<String> bad = lead.postJson("/api/v1/contexts/links", """
                {"fromChild": "%s", "toContext": "%s", "relation": "FRIENDS", "strength": "MODERATE",
                 "source": "s", "statedBy": "me", "statedOn": "2020-01-01", "reviewBy": "2099-01-01"}"""
                .formatted(kwame.nhs(), group));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("relation").contains("FRIENDS").contains("reviewBy")
                .contains("within 12 months");
        HttpResponse<String> noRelationship = w.session("stranger").postJson("/api/v1/contexts/links", """
                {"fromChild": "%s", "toContext": "%s", "relation": "MEMBER", "strength": "WEAK",
                 "source": "A rumour", "statedBy": "me", "statedOn": "%s", "reviewBy": "%s"}"""
                .formatted(kwame.nhs(), group, java.time.LocalDate.now(), java.time.LocalDate.now().plusMonths(1)));
        assertThat(noRelationship.statusCode()).isEqualTo(403);
        HttpResponse<String> place = lead.postJson("/api/v1/contexts", """
                {"kind": "PLACE", "name": "Somewhere", "referredBy": "Me", "latitude": "95"}""");
        assertThat(place.statusCode()).isEqualTo(400);
        assertThat(place.body()).contains("latitude").contains("between -90 and 90");
    }

    private long namedAudits(UUID user, UUID child) {
        return jdbc.sql("""
                        select count(*) from access_audit
                        where actor_id = :user and person_id = :child and outcome = 'ALLOWED'
                          and resource like 'context/network/%'""")
                .param("user", user).param("child", child).query(Long.class).single();
    }
}
