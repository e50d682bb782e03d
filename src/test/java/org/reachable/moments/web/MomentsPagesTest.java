package org.reachable.moments.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reachable.access.ApiKeys;
import org.reachable.access.Relationships;
import org.reachable.identity.ChildRegister;
import org.reachable.identity.Ethnicity;
import org.reachable.identity.Sex;
import org.reachable.moments.Alert;
import org.reachable.moments.AlertScenarios;
import org.reachable.moments.internal.MomentsRepository;
import org.reachable.support.Browser;
import org.reachable.support.ReachableTest;
import org.reachable.support.WebSession;
import org.reachable.support.TestBorough;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lead practitioner meets an alert as they would: in the inbox and on the child's chronology; reads why, the
 * evidence and what to do; acknowledges and records what was done, with only the keyboard. Every page passes axe.
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MomentsPagesTest {

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

    private Browser browser;
    private TestBorough.World world;
    private AlertScenarios scenarios;

    @BeforeAll
    void start() {
        browser = Browser.open(port);
        world = borough.build();
        scenarios = new AlertScenarios(port, world, keys, register, relationships, repository, jdbc);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theLeadPractitionerReadsTheAlertAndRecordsWhatWasDoneWithTheKeyboard() throws Exception {
        var child = scenarios.child(Ethnicity.BCRB, Sex.M, true);
        scenarios.exclusionMissingAndAssault(child);
        Alert alert = scenarios.awaitOneAlert(child.id(), 3);

        browser.signOut();
        browser.signIn(world.username("lead"), TestBorough.PASSWORD);
        browser.go("/children/" + child.id());
        assertThat(browser.driver().findElement(By.cssSelector(".govuk-notification-banner")).getText())
                .contains("Reachable moment").contains("Permanent exclusion");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.go("/moments/alerts");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        WebElement link = browser.driver().findElement(By.linkText("Sam " + child.family()));
        link.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("/moments/alerts/" + alert.id()));
        String page = browser.driver().findElement(By.tagName("main")).getText();
        assertThat(page).contains("Concerns from three or more agencies within 90 days")
                .contains("Why this matters").contains("Permanent exclusion").contains("Missing episode")
                .contains("Emergency department attendance").contains("What you could do next");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("moments-alert");

        WebElement acknowledge = browser.driver().findElement(By.xpath("//button[normalize-space()='Acknowledge']"));
        acknowledge.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("main")).getText().contains("Acknowledged"));

        WebElement action = browser.driver().findElement(By.id("action"));
        action.sendKeys("Youth worker met Sam at school today; mentoring offered and accepted.");
        browser.driver().findElement(By.xpath("//button[normalize-space()='Record action']")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("main")).getText().contains("Outcome: Youth worker met Sam"));
        assertThat(repository.find(alert.id()).orElseThrow().status().name()).isEqualTo("ACTED");
    }

    @Test
    void aMistakeInAProposedRuleIsNamedOnTheRulesPage() {
        browser.signOut();
        browser.signIn(world.username("manager"), TestBorough.PASSWORD);
        browser.go("/moments/rules");
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("Permanent exclusion").contains("Starting secondary school while services are involved");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.driver().findElement(By.id("definition")).sendKeys("""
                {"key": "by-postcode", "name": "By postcode", "kind": "CUMULATIVE_HARM", "trigger": "EVENT",
                 "rationale": "r", "evidence": "e", "nextSteps": ["s"], "suppressionDays": 30,
                 "escalateAfterHours": 24, "condition": {"ethnicityIn": ["BCRB"]}}""");
        browser.driver().findElement(By.id("reason")).sendKeys("Trying it out");
        browser.driver().findElement(By.xpath("//button[normalize-space()='Propose rule']")).click();
        WebElement summary = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector(".govuk-error-summary")));
        assertThat(summary.getText()).contains("condition.ethnicityIn").contains("may not use ethnicity");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void theFairnessPageIsReadableAndAccessible() {
        browser.signOut();
        browser.signIn(world.username("analyst"), TestBorough.PASSWORD);
        browser.go("/moments/fairness");
        String page = browser.driver().findElement(By.tagName("main")).getText();
        assertThat(page).contains("Fairness of reachable-moment rules").contains("All rules")
                .contains("Alerts among children with the events");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.go("/moments/fairness?by=ethnicity-sex-age");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void aWrongFilterOnTheFairnessPagesIsNamedWithA400() {
        WebSession analyst = WebSession.signIn(port, world.username("analyst"), TestBorough.PASSWORD);
        var page = analyst.get("/moments/fairness?by=postcode");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Must be ethnicity or ethnicity-sex-age").contains("postcode");
        var csv = analyst.get("/moments/fairness.csv?month=June");
        assertThat(csv.statusCode()).isEqualTo(400);
        assertThat(csv.body()).contains("Must be a month as yyyy-mm");
    }
}
