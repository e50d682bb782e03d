package org.reachable.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reachable.support.Browser;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The front door in a real browser: a school raises a concern, is prompted for the child's voice and ethnicity and
 * sends it anyway; the language check suggests other words as they type; the MASH finds it on the queue, screens and
 * decides; the school sees the outcome. Every page is checked with axe-core.
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontDoorPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;

    private Browser browser;
    private TestBorough.World world;

    @BeforeAll
    void start() {
        browser = Browser.open(port);
        world = borough.build();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aSchoolRaisesAConcernTheMashDecidesAndTheSchoolSeesTheOutcome() {
        List<String> violations = new ArrayList<>();
        java.time.Instant start = java.time.Instant.now().minusSeconds(1).truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS);
        browser.signIn(world.username("contributor"), TestBorough.PASSWORD);
        browser.go("/frontdoor/concerns/new");
        violations.addAll(browser.seriousAccessibilityViolations());
        type("child.givenNames", "Zara");
        type("child.familyName", "Hussain" + world.tag());
        type("child.dateOfBirth", "2011-09-30");
        browser.driver().findElement(By.id("category-ONLINE_HARM")).click();
        browser.driver().findElement(By.id("category-SEXUAL_EXPLOITATION")).click();
        WebElement what = browser.driver().findElement(By.id("whatHappened"));
        what.sendKeys("Zara told her teacher she is in a relationship with an older man she met online who sends her money.");
        WebElement findings = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> {
            WebElement box = driver.findElement(By.id("whatHappened-language"));
            return box.getText().contains("Check your wording") ? box : null;
        });
        assertThat(findings.getText()).contains("in a relationship with");
        type("whyWorried", "An adult is grooming her online and has asked to meet.");
        new Select(browser.driver().findElement(By.id("sharingBasis"))).selectByValue("SAFEGUARDING_PUBLIC_TASK");
        new Select(browser.driver().findElement(By.id("urgency"))).selectByValue("TODAY");
        submit();

        String banner = browser.driver().findElement(By.id("missing-content")).getText();
        assertThat(banner).contains("Record what the child says").contains("Record the child's ethnicity")
                .doesNotContain("Say why you are worried");
        violations.addAll(browser.seriousAccessibilityViolations());
        submit();

        String receipt = browser.driver().findElement(By.id("receipt")).getText();
        assertThat(receipt).contains("Concern sent to the front door");
        String reference = browser.driver().findElement(By.cssSelector("#receipt strong")).getText();
        assertThat(browser.driver().findElement(By.id("quality-warnings")).getText())
                .contains("Record what the child says");
        violations.addAll(browser.seriousAccessibilityViolations());

        browser.signOut();
        browser.signIn(world.username("mash"), TestBorough.PASSWORD);
        browser.go("/frontdoor/queue?since=" + start);
        violations.addAll(browser.seriousAccessibilityViolations());
        browser.clickThrough(browser.driver().findElement(By.linkText(reference)));
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Hussain" + world.tag())
                .contains("older man she met online").contains("Not recorded");
        violations.addAll(browser.seriousAccessibilityViolations());
        submitForm("decision");
        assertThat(browser.driver().findElement(By.className("govuk-error-summary")).getText())
                .contains("Choose one of").contains("Give the reason for the decision");
        violations.addAll(browser.seriousAccessibilityViolations());
        new Select(browser.driver().findElement(By.id("decision"))).selectByValue("STRATEGY_DISCUSSION");
        type("reason", "Zara may be being groomed by an adult; a strategy discussion with police is needed today.");
        submitForm("decision");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Decision recorded")
                .contains("On time");

        browser.signOut();
        browser.signIn(world.username("contributor"), TestBorough.PASSWORD);
        browser.go("/frontdoor/referrals");
        String mine = browser.driver().findElement(By.id("referral-" + reference)).getText();
        assertThat(mine).contains("Strategy discussion and section 47 enquiry").contains("groomed by an adult")
                .contains("mash " + world.tag());
        violations.addAll(browser.seriousAccessibilityViolations());
        String escalation = "The school thinks police must also visit Zara at home tonight.";
        browser.driver().findElement(By.id("reason-" + reference)).sendKeys(escalation);
        browser.clickThrough(browser.driver().findElement(
                By.cssSelector("#referral-" + reference + " button[type=submit]")));

        browser.signOut();
        browser.signIn(world.username("manager"), TestBorough.PASSWORD);
        browser.go("/frontdoor/escalations");
        violations.addAll(browser.seriousAccessibilityViolations());
        WebElement card = browser.driver().findElements(By.className("govuk-summary-card")).stream()
                .filter(c -> c.getText().contains(reference) && c.getText().contains(escalation)).findFirst()
                .orElseThrow();
        card.findElement(By.tagName("textarea")).sendKeys("Agreed: police will visit tonight with the social worker.");
        card.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("main")).getText().contains("The escalation is resolved"));

        browser.signOut();
        browser.signIn(world.username("contributor"), TestBorough.PASSWORD);
        browser.go("/frontdoor/referrals");
        assertThat(browser.driver().findElement(By.id("referral-" + reference)).getText())
                .contains("Resolved: Agreed: police will visit tonight");
        browser.go("/frontdoor/requests");
        violations.addAll(browser.seriousAccessibilityViolations());
        assertThat(violations).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void thePerformancePageAndTheAuditSampleAreAccessible() {
        browser.signOut();
        browser.signIn(world.username("manager"), TestBorough.PASSWORD);
        browser.go("/frontdoor/performance?sample=5&seed=browser");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Front door performance");
        assertThat(browser.driver().findElement(By.id("by-ethnicity")).getText()).contains("RRI");
        assertThat(browser.seriousAccessibilityViolations()).as("serious or critical accessibility violations")
                .isEmpty();
        browser.signOut();
    }

    private void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void submit() {
        browser.clickThrough(browser.driver().findElement(
                By.cssSelector("main form[method=post] button[type=submit]")));
    }

    private void submitForm(String action) {
        browser.clickThrough(browser.driver().findElement(
                By.cssSelector("main form[action$='/" + action + "'] button[type=submit]")));
    }
}
