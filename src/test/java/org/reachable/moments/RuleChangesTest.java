package org.reachable.moments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reachable.moments.AlertScenarios.daysAgo;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reachable.access.ApiKeys;
import org.reachable.access.Relationships;
import org.reachable.access.Role;
import org.reachable.access.TestUsers;
import org.reachable.agencies.OrganisationKind;
import org.reachable.identity.ChildRegister;
import org.reachable.identity.Ethnicity;
import org.reachable.identity.Sex;
import org.reachable.moments.internal.MomentsRepository;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.AccessRefusedException;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A rule change is proposed, refused to its own proposer, approved by a second person and audited; approval
 * re-checks the changed rule for every child in the background, with progress, and raises what it finds.
 */
@ReachableTest
class RuleChangesTest {

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
    MomentsRepository repository;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MomentRules rules;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void anApprovedNewRuleIsReCheckedForEveryChildInTheBackground() throws Exception {
        TestBorough.World world = borough.build();
        AlertScenarios scenarios = new AlertScenarios(port, world, keys, register, relationships, repository, jdbc);
        // A postcode no other test uses, so the new rule finds only this child.
        String area = "ZZ" + (1 + new java.util.Random().nextInt(98));
        AlertScenarios.Child child = scenarios.child(Ethnicity.WIRT, Sex.F, true, area + " 9AA");
        scenarios.post(OrganisationKind.HOUSING, child, "housing.homelessness", daysAgo(5), "{}");
        String key = "homeless-in-" + area.toLowerCase() + "-" + world.tag();
        String definition = """
                {"key": "%s", "name": "Homeless in %s", "kind": "CUMULATIVE_HARM", "trigger": "EVENT",
                 "rationale": "A test rule.", "evidence": "None: a test.", "nextSteps": ["Check housing"],
                 "suppressionDays": 30, "escalateAfterHours": 24,
                 "condition": {"all": [{"recent": {"of": {"types": ["housing.homelessness"]}, "withinDays": 30}},
                                       {"postcodeIn": ["%s"]}]}}""".formatted(key, area, area);

        TestUsers.signIn(Role.PRACTITIONER);
        assertThatThrownBy(() -> rules.propose(definition, "Not mine to change"))
                .isInstanceOf(AccessRefusedException.class);

        TestUsers.signIn(Role.MANAGER);
        StoredRule proposed = rules.propose(definition, "Homelessness in this area has risen");
        assertThat(proposed.status()).isEqualTo(StoredRule.Status.PROPOSED);
        assertThatThrownBy(() -> rules.approve(key, proposed.version(), "Looks right"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().message())
                        .contains("someone other than the person who proposed it"));
        assertThat(rules.activeRule(key)).as("not in use until approved").isEmpty();

        TestUsers.signIn(Role.MANAGER);
        UUID run = rules.approve(key, proposed.version(), "Agreed at the partnership meeting");
        assertThat(rules.activeRule(key)).isPresent();

        ReevaluationProgress progress = awaitFinished(run);
        assertThat(progress.failure()).isNull();
        assertThat(progress.done()).isEqualTo(progress.children()).isPositive();
        Alert alert = scenarios.awaitOneAlert(child.id(), 1);
        assertThat(alert.findings().getFirst().ruleKey()).isEqualTo(key);
        assertThat(jdbc.sql("select count(*) from access_audit where resource = :r and action = 'REVIEW'")
                .param("r", "moments/rules/" + key + "/" + proposed.version()).query(Long.class).single())
                .as("the approval is audited").isEqualTo(1);
    }

    private ReevaluationProgress awaitFinished(UUID run) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            ReevaluationProgress progress = rules.latestRun().orElseThrow();
            if (progress.id().equals(run) && progress.finished()) {
                return progress;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The re-evaluation did not finish within a minute");
    }
}
