package org.reachable.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reachable.access.Role;
import org.reachable.access.UserAccounts;
import org.reachable.agencies.OrganisationKind;
import org.reachable.feeds.FeedsTestSupport;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A police officer raises a concern without the child's voice; it is accepted with a quality warning; the MASH
 * screens and decides; the officer sees the outcome, the reason and a named contact, and escalates; a manager
 * resolves it. Every step is in the audit log, all over real HTTP.
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontDoorEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;

    private TestBorough.World world;
    private UUID officerId;
    private WebSession officer;
    private WebSession mash;
    private WebSession manager;

    @BeforeAll
    void setUp() {
        world = borough.build();
        officerId = UUID.randomUUID();
        String username = "officer." + world.tag();
        users.create(List.of(new UserAccounts.NewAccount(officerId, username, "PC Officer " + world.tag(),
                Role.CONTRIBUTOR, world.organisations().get(OrganisationKind.POLICE).id(), null,
                TestBorough.PASSWORD)));
        officer = WebSession.signIn(port, username, TestBorough.PASSWORD);
        mash = WebSession.signIn(port, world.username("mash"), TestBorough.PASSWORD);
        manager = WebSession.signIn(port, world.username("manager"), TestBorough.PASSWORD);
    }

    @Test
    void aPoliceReferralWithoutTheChildsVoiceIsDecidedAndTheOfficerHearsBack() throws Exception {
        java.time.Instant start = java.time.Instant.now().minusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String nhs = FeedsTestSupport.uniqueNhsNumber();
        HttpResponse<String> raised = officer.postJson("/api/v1/frontdoor/concerns", """
                {"child": {"givenNames": "Tyrese", "familyName": "Mensah%s", "dateOfBirth": "2010-03-14",
                           "sex": "M", "identifiers": {"NHS": "%s"}},
                 "categories": ["KNIFE_CARRYING", "CRIMINAL_EXPLOITATION"],
                 "whatHappened": "Tyrese was found with a knife at the bus station at 22:40 with two adults.",
                 "whyWorried": "Adults are contacting him and he has been missing twice this month.",
                 "ethnicity": "BCRB", "familyKnows": "YES", "sharingBasis": "SAFEGUARDING_PUBLIC_TASK",
                 "urgency": "TODAY"}""".formatted(world.tag(), nhs));
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        JsonNode receipt = JSON.readTree(raised.body());
        String reference = receipt.get("reference").asText();
        UUID contactId = UUID.fromString(receipt.get("contactId").asText());
        assertThat(receipt.get("qualityWarnings").findValuesAsText("code")).containsExactly("CHILD_VOICE");
        assertThat(receipt.get("decisionDue").asText()).isNotBlank();
        UUID child = jdbc.sql("select person_id from frontdoor_contact where id = :id").param("id", contactId)
                .query(UUID.class).single();

        HttpResponse<String> queue = mash.get("/api/v1/frontdoor/contacts?since=" + start);
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains(reference).contains("Mensah" + world.tag());
        assertThat(mash.get("/api/v1/children/" + child + "/chronology").statusCode())
                .as("the MASH may open the child's record while the contact is open").isEqualTo(200);
        assertThat(mash.get("/api/v1/frontdoor/contacts/" + contactId).body()).contains("bus station");

        HttpResponse<String> screened = mash.postJson("/api/v1/frontdoor/contacts/" + contactId + "/screening",
                "{\"rag\": \"AMBER\", \"note\": \"Known to YJS; ask school and health today.\"}");
        assertThat(screened.statusCode()).as(screened.body()).isEqualTo(204);
        HttpResponse<String> decided = mash.postJson("/api/v1/frontdoor/contacts/" + contactId + "/decision", """
                {"decision": "RISK_OUTSIDE_THE_HOME", "reason": "Adults are exploiting Tyrese outside the home; a \
                 risk outside the home assessment starts today.", "namedContact": "Sam Duty, MASH team manager, 020 7946 0000"}""");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(mash.get("/api/v1/children/" + child + "/chronology").statusCode())
                .as("deciding closes the contact and the MASH's access with it").isEqualTo(403);

        JsonNode mine = JSON.readTree(officer.get("/api/v1/frontdoor/referrals").body());
        JsonNode referral = find(mine, reference);
        assertThat(referral.get("decision").asText()).isEqualTo("RISK_OUTSIDE_THE_HOME");
        assertThat(referral.get("reason").asText()).contains("exploiting Tyrese");
        assertThat(referral.get("namedContact").asText()).isEqualTo("Sam Duty, MASH team manager, 020 7946 0000");
        assertThat(referral.has("screeningNote")).as("the MASH's notes stay with the MASH").isFalse();

        HttpResponse<String> escalated = officer.postJson("/api/v1/frontdoor/referrals/" + contactId + "/escalations",
                "{\"reason\": \"I think a strategy discussion is needed: he was with adults carrying knives.\"}");
        assertThat(escalated.statusCode()).as(escalated.body()).isEqualTo(201);
        UUID escalation = UUID.fromString(JSON.readTree(escalated.body()).get("id").asText());
        HttpResponse<String> resolved = manager.postJson("/api/v1/frontdoor/escalations/" + escalation + "/resolution",
                "{\"resolution\": \"Strategy discussion held with police; agreed risk outside the home pathway.\"}");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        assertThat(find(JSON.readTree(officer.get("/api/v1/frontdoor/referrals").body()), reference)
                .get("escalations").get(0).get("resolution").asText()).contains("Strategy discussion held");

        List<String> trail = jdbc.sql("""
                        select actor_role || ' ' || action || ' ' || purpose from access_audit
                        where resource = :r and outcome = 'ALLOWED' order by seq""")
                .param("r", "frontdoor/contact/" + reference).query(String.class).list();
        assertThat(trail).anyMatch(s -> s.startsWith("CONTRIBUTOR WRITE Raised a concern"))
                .anyMatch(s -> s.startsWith("MASH_PRACTITIONER READ MASH: contact"))
                .anyMatch(s -> s.startsWith("MASH_PRACTITIONER WRITE MASH screening: AMBER"))
                .anyMatch(s -> s.startsWith("MASH_PRACTITIONER WRITE MASH decision: RISK_OUTSIDE_THE_HOME"))
                .anyMatch(s -> s.startsWith("CONTRIBUTOR READ Referrer viewing the outcome"))
                .anyMatch(s -> s.startsWith("CONTRIBUTOR WRITE Referrer escalated"))
                .anyMatch(s -> s.startsWith("MANAGER WRITE Manager resolved"));
        assertThat(jdbc.sql("select count(*) from access_audit where resource = 'frontdoor/queue' and person_id = :p")
                .param("p", child).query(Long.class).single()).as("the queue view is audited per child").isPositive();
    }

    @Test
    void aPartnersAnswerAndTheStrategyDiscussionGoOntoTheChildsChronology() throws Exception {
        HttpResponse<String> raised = officer.postJson("/api/v1/frontdoor/concerns", """
                {"child": {"givenNames": "Malik", "familyName": "Osei%s", "dateOfBirth": "2012-07-21"},
                 "categories": ["COUNTY_LINES"], "whatHappened": "Malik was found in Norwich with cash and two phones.",
                 "whyWorried": "He is being criminally exploited.", "childVoice": "I had to go.",
                 "ethnicity": "BAFR", "sharingBasis": "CHILD_PROTECTION", "urgency": "IMMEDIATE"}"""
                .formatted(world.tag()));
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        UUID contactId = UUID.fromString(JSON.readTree(raised.body()).get("contactId").asText());
        UUID school = world.organisations().get(OrganisationKind.SCHOOL).id();
        HttpResponse<String> asked = mash.postJson("/api/v1/frontdoor/contacts/" + contactId
                + "/information-requests", "{\"organisationId\": \"" + school + "\", "
                + "\"question\": \"Attendance and any concerns this term?\", \"dueInHours\": 2}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        UUID requestId = UUID.fromString(JSON.readTree(asked.body()).get("id").asText());

        WebSession dsl = WebSession.signIn(port, world.username("contributor"), TestBorough.PASSWORD);
        assertThat(dsl.get("/api/v1/frontdoor/information-requests").body()).contains(requestId.toString());
        assertThat(officer.postJson("/api/v1/frontdoor/information-requests/" + requestId + "/answer",
                "{\"answer\": \"Not my request\"}").statusCode())
                .as("another organisation cannot answer").isEqualTo(403);
        HttpResponse<String> answered = dsl.postJson("/api/v1/frontdoor/information-requests/" + requestId
                + "/answer", "{\"answer\": \"Attendance 61%%; missed 9 days since half term.\"}".formatted());
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(204);

        HttpResponse<String> discussed = mash.postJson("/api/v1/frontdoor/contacts/" + contactId
                + "/strategy-discussions", """
                {"heldOn": "%s", "s47": true, "attendees": [
                  {"organisation": "Police", "role": "Detective sergeant"},
                  {"organisation": "Children's social care", "role": "Team manager", "name": "Sam Duty"},
                  {"organisation": "Health", "role": "Named nurse"}]}""".formatted(java.time.LocalDate.now()));
        assertThat(discussed.statusCode()).as(discussed.body()).isEqualTo(201);
        assertThat(JSON.readTree(discussed.body()).get("icpcDue").asText()).isEqualTo(WorkingDays.england()
                .plus(java.time.LocalDate.now(WorkingDays.LONDON), 15).toString());

        UUID child = jdbc.sql("select person_id from frontdoor_contact where id = :id").param("id", contactId)
                .query(UUID.class).single();
        List<String> chronology = jdbc.sql("""
                        select type || ' ' || organisation_id || ' ' || summary from chronology_event
                        where person_id = :p order by occurred_at""").param("p", child).query(String.class).list();
        assertThat(chronology).anyMatch(e -> e.startsWith("csc.contact "))
                .anyMatch(e -> e.startsWith("mash.information-shared " + school) && e.contains("Attendance 61%"))
                .anyMatch(e -> e.startsWith("csc.strategy-discussion ") && e.contains("Detective sergeant"));
        JsonNode file = JSON.readTree(mash.get("/api/v1/frontdoor/contacts/" + contactId).body());
        assertThat(file.get("requests").get(0).get("answer").asText()).contains("Attendance 61%");
        assertThat(file.get("discussions").get(0).get("attendees")).hasSize(3);
    }

    @Test
    void aConcernWithoutWhatHappenedOrALegalBasisIsRefusedNamingEachField() throws Exception {
        HttpResponse<String> response = officer.postJson("/api/v1/frontdoor/concerns", """
                {"child": {"givenNames": "Nia", "familyName": "Brown%s", "dateOfBirth": "2011-05-01"},
                 "categories": ["KNIVES"], "urgency": "SOON"}""".formatted(world.tag()));
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problems = JSON.readTree(response.body());
        assertThat(problems.toString()).contains("categories[0]").contains("KNIVES").contains("whatHappened")
                .contains("sharingBasis").contains("urgency").contains("SOON");
        assertThat(jdbc.sql("select count(*) from frontdoor_contact where what_happened like :t")
                .param("t", "%Brown" + world.tag() + "%").query(Long.class).single()).isZero();
    }

    @Test
    void aReferrerCannotSeeOrEscalateSomeoneElsesReferral() {
        WebSession school = WebSession.signIn(port, world.username("contributor"), TestBorough.PASSWORD);
        HttpResponse<String> escalated = school.postJson("/api/v1/frontdoor/referrals/" + UUID.randomUUID()
                + "/escalations", "{\"reason\": \"I disagree\"}");
        assertThat(escalated.statusCode()).isEqualTo(404);
        assertThat(school.get("/api/v1/frontdoor/contacts").statusCode()).isEqualTo(403);
    }

    private static JsonNode find(JsonNode list, String reference) {
        for (JsonNode item : list) {
            if (item.get("reference").asText().equals(reference)) {
                return item;
            }
        }
        throw new AssertionError("No referral " + reference + " in " + list);
    }
}
