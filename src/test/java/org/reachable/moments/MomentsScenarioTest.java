package org.reachable.moments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reachable.moments.AlertScenarios.daysAgo;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reachable.access.ApiKeys;
import org.reachable.access.CurrentUser;
import org.reachable.access.CurrentUsers;
import org.reachable.access.Relationships;
import org.reachable.access.TestUsers;
import org.reachable.access.UserAccounts;
import org.reachable.agencies.OrganisationKind;
import org.reachable.identity.ChildRegister;
import org.reachable.identity.Ethnicity;
import org.reachable.identity.Sex;
import org.reachable.moments.internal.Escalation;
import org.reachable.moments.internal.MomentsRepository;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.AccessRefusedException;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Events arriving through the events API from a school, the police and a hospital raise one explained alert to the
 * child's lead practitioner, as they arrive; the same events for a child who differs only in ethnicity and sex raise
 * exactly the same alert.
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MomentsScenarioTest {

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;
    @Autowired
    ApiKeys keys;
    @Autowired
    ChildRegister register;
    @Autowired
    Relationships relationships;
    @Autowired
    UserAccounts users;
    @Autowired
    Alerts alerts;
    @Autowired
    Escalation escalation;
    @Autowired
    MomentsRepository repository;
    @Autowired
    JdbcClient jdbc;

    private TestBorough.World world;
    private AlertScenarios scenarios;

    @BeforeAll
    void setUp() {
        world = borough.build();
        scenarios = new AlertScenarios(port, world, keys, register, relationships, repository, jdbc);
    }

    @Test
    void exclusionMissingAndAnAssaultFromThreeAgenciesRaiseOneExplainedAlertToTheLeadPractitioner() throws Exception {
        AlertScenarios.Child child = scenarios.child(Ethnicity.BCRB, Sex.M, true);
        scenarios.exclusionMissingAndAssault(child);

        Alert alert = scenarios.awaitOneAlert(child.id(), 3);
        assertThat(alert.routedTo()).isEqualTo("TEAM");
        assertThat(findingRules(alert)).containsExactlyInAnyOrder("permanent-exclusion", "concerns-across-agencies",
                "ed-assault-or-sharp-object");
        Alert.Finding across = alert.findings().stream()
                .filter(f -> f.ruleKey().equals("concerns-across-agencies")).findFirst().orElseThrow();
        assertThat(across.evidence()).extracting(Alert.Evidence::eventType).containsExactlyInAnyOrder(
                "education.permanent-exclusion", "missing.episode", "health.ed-attendance");
        assertThat(across.evidence()).extracting(Alert.Evidence::organisationId).containsExactlyInAnyOrder(
                world.organisations().get(OrganisationKind.SCHOOL).id(),
                world.organisations().get(OrganisationKind.POLICE).id(),
                world.organisations().get(OrganisationKind.EMERGENCY_DEPARTMENT).id());

        signInAs("lead");
        assertThat(alerts.inbox(true)).extracting(Alert::id).contains(alert.id());
        assertThat(alerts.open(alert.id()).findings()).hasSize(3);
        assertThat(jdbc.sql("""
                        select count(*) from access_audit where person_id = :p and resource = :r and action = 'READ'
                        and outcome = 'ALLOWED'""").param("p", child.id()).param("r", "moments/alert/" + alert.id())
                .query(Long.class).single()).as("opening the alert is audited").isEqualTo(1);

        signInAs("stranger");
        assertThatThrownBy(() -> alerts.open(alert.id())).isInstanceOf(AccessRefusedException.class);
        assertThat(alerts.inbox(true)).extracting(Alert::id).doesNotContain(alert.id());
        TestUsers.signOut();
    }

    @Test
    void theSameEventsForAChildOfAnotherEthnicityAndSexRaiseExactlyTheSameAlert() throws Exception {
        AlertScenarios.Child one = scenarios.child(Ethnicity.BCRB, Sex.M, true);
        AlertScenarios.Child other = scenarios.child(Ethnicity.WBRI, Sex.F, true);
        scenarios.exclusionMissingAndAssault(one);
        scenarios.exclusionMissingAndAssault(other);
        Alert first = scenarios.awaitOneAlert(one.id(), 3);
        Alert second = scenarios.awaitOneAlert(other.id(), 3);
        assertThat(signature(second)).isEqualTo(signature(first));
        assertThat(second.routedTo()).isEqualTo(first.routedTo());
    }

    @Test
    void withNobodyAroundTheChildTheAlertGoesToTheMash() throws Exception {
        AlertScenarios.Child child = scenarios.child(Ethnicity.AOTH, Sex.F, false);
        scenarios.post(OrganisationKind.POLICE, child, "police.weapon-incident", daysAgo(2),
                "{\"role\": \"VICTIM\", \"weapon\": \"KNIFE\"}");
        Alert alert = scenarios.awaitOneAlert(child.id(), 1);
        assertThat(alert.routedTo()).isEqualTo("MASH");
        signInAs("mash");
        assertThat(alerts.inbox(true)).extracting(Alert::id).contains(alert.id());
        signInAs("lead");
        assertThat(alerts.inbox(true)).extracting(Alert::id).doesNotContain(alert.id());
        TestUsers.signOut();
    }

    @Test
    void aPatternAlreadyFoundIsNotFoundAgainWithinTheSuppressionWindowAndANewOneReopensTheAlert() throws Exception {
        AlertScenarios.Child child = scenarios.child(Ethnicity.MWBC, Sex.M, true);
        scenarios.post(OrganisationKind.POLICE, child, "police.weapon-incident", daysAgo(20),
                "{\"role\": \"SUSPECT\"}");
        Alert alert = scenarios.awaitOneAlert(child.id(), 1);
        signInAs("lead");
        alerts.acknowledge(alert.id());
        assertThat(alerts.open(alert.id()).status()).isEqualTo(AlertStatus.ACKNOWLEDGED);

        // Another weapon incident 10 days later: inside the rule's 30-day suppression window.
        scenarios.post(OrganisationKind.POLICE, child, "police.weapon-incident", daysAgo(10), "{\"role\": \"VICTIM\"}");
        // A sibling or friend killed: a new pattern, so the alert needs attention again.
        scenarios.post(OrganisationKind.POLICE, child, "community.peer-seriously-harmed", daysAgo(1),
                "{\"harm\": \"KILLED\"}");
        Alert reopened = scenarios.awaitOneAlert(child.id(), 2);
        assertThat(findingRules(reopened)).containsExactlyInAnyOrder("knife-or-weapon", "peer-seriously-harmed");
        assertThat(reopened.status()).isEqualTo(AlertStatus.OPEN);
        TestUsers.signOut();
    }

    @Test
    void dismissingNeedsAReasonAndActingClosesTheAlertForGood() throws Exception {
        AlertScenarios.Child child = scenarios.child(Ethnicity.APKN, Sex.M, true);
        scenarios.post(OrganisationKind.POLICE, child, "yjs.release-from-custody", daysAgo(1), "{}");
        Alert alert = scenarios.awaitOneAlert(child.id(), 1);
        signInAs("lead");
        assertThatThrownBy(() -> alerts.dismiss(alert.id(), "no"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting("field").containsExactly("reason"));
        alerts.act(alert.id(), "Met him at the gate on release with his youth worker; education place agreed.",
                new Alerts.Offer("ACCEPTED", "Youth work mentoring"));
        Alert closed = alerts.open(alert.id());
        assertThat(closed.status()).isEqualTo(AlertStatus.ACTED);
        assertThat(closed.outcomeNote()).startsWith("Met him at the gate");
        assertThat(jdbc.sql("select type, person_id, details ->> 'response' from chronology_event where id = :id")
                .param("id", closed.actionEventId()).query().singleRow())
                .as("the action is on the child's chronology as an offer of help, linked to the alert")
                .containsValues("help.offer", child.id(), "ACCEPTED");
        assertThatThrownBy(() -> alerts.dismiss(alert.id(), "Changed my mind about this one"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(alerts.steps(alert.id())).extracting(Alert.Step::action)
                .containsSubsequence("Raised", "Found", "Acted on");
        TestUsers.signOut();
    }

    @Test
    void anAlertNobodyAcknowledgesEscalatesToTeamManagers() throws Exception {
        AlertScenarios.Child child = scenarios.child(Ethnicity.BAFR, Sex.F, true);
        scenarios.post(OrganisationKind.EMERGENCY_DEPARTMENT, child, "health.ed-attendance", daysAgo(1),
                "{\"reason\": \"SHARP_OBJECT_INJURY\"}");
        Alert alert = scenarios.awaitOneAlert(child.id(), 1);
        signInAs("manager");
        assertThat(alerts.inbox(true)).extracting(Alert::id).doesNotContain(alert.id());
        // The rule escalates after 12 hours: make the alert 13 hours old rather than wait.
        jdbc.sql("update moments_alert set updated_at = updated_at - interval '13 hours' where id = :id")
                .param("id", alert.id()).update();
        escalation.escalateOverdue();
        assertThat(alerts.inbox(true)).extracting(Alert::id).contains(alert.id());
        assertThat(alerts.open(alert.id()).escalatedAt()).isNotNull();
        TestUsers.signOut();
    }

    private static Set<String> findingRules(Alert alert) {
        return alert.findings().stream().map(Alert.Finding::ruleKey).collect(Collectors.toSet());
    }

    /** What the alert says, without the ids and times that differ between two children. */
    private static Set<String> signature(Alert alert) {
        return alert.findings().stream().map(f -> f.ruleKey() + ":" + f.evidence().stream()
                        .map(e -> e.eventType() + "@" + e.organisationId()).sorted().toList())
                .collect(Collectors.toSet());
    }

    private void signInAs(String who) {
        CurrentUser user = users.findByUsername(world.username(who)).orElseThrow();
        var principal = new org.reachable.access.SignedInUser(user, null, true);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        assertThat(CurrentUsers.require().id()).isEqualTo(user.id());
    }
}
