package org.reachable.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reachable.access.Relationships;
import org.reachable.identity.ChildRegister;
import org.reachable.support.Browser;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A practitioner records a place and links a child to it with only the keyboard, then reads the network and the
 * conference view; every context page passes axe-core (no serious or critical violations).
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContextPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;
    @Autowired
    ChildRegister register;
    @Autowired
    Relationships relationships;

    private Browser browser;
    private ContextWorld w;

    @BeforeAll
    void start() {
        browser = Browser.open(port);
        w = new ContextWorld(port, borough.build(), register, relationships);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aPlaceIsRecordedAndAChildLinkedWithTheKeyboardOnAccessiblePages() {
        ContextWorld.Child child = w.child("Nia", "Campbell", "lead");
        String place = "Chingford Mount shops " + w.world.tag();
        browser.signIn(w.world.username("lead"), TestBorough.PASSWORD);
        browser.go("/contexts");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("not a label");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.driver().findElement(By.linkText("Record a context")).sendKeys(Keys.ENTER);
        wait(d -> d.getCurrentUrl().endsWith("/contexts/new"));
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.driver().findElement(By.id("kind")).sendKeys("Place");
        type("name", place);
        type("referredBy", "PC Example, Neighbourhood policing");
        type("latitude", "51.6105");
        type("longitude", "-0.0046");
        browser.driver().findElement(By.xpath("//button[normalize-space()='Record context']")).sendKeys(Keys.ENTER);
        wait(d -> d.getCurrentUrl().matches(".*/contexts/[0-9a-f-]{36}$"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(place);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        type("fromChild", child.nhs());
        browser.driver().findElement(By.id("child-relation")).sendKeys("finds a safe space at");
        type("child-source", "Nia told her youth worker");
        type("child-statedBy", "Youth worker");
        type("child-statedOn", LocalDate.now().minusDays(2).toString());
        type("child-reviewBy", LocalDate.now().plusMonths(2).toString());
        browser.driver().findElement(By.xpath("//button[normalize-space()='Link child']")).sendKeys(Keys.ENTER);
        wait(d -> d.findElement(By.tagName("main")).getText().contains("Nia told her youth worker"));
        String main = browser.driver().findElement(By.tagName("main")).getText();
        assertThat(main).contains(child.name()).contains("finds a safe space at").contains("Protective");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("context-place");

        String contextUrl = browser.driver().getCurrentUrl();
        browser.driver().findElement(By.linkText("The network around this context")).sendKeys(Keys.ENTER);
        wait(d -> d.getCurrentUrl().endsWith("/network"));
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains(child.name())
                .contains("not a label");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.go("/contexts/children/" + child.id() + "/network");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains(place);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("context-network");

        browser.driver().get(contextUrl + "/conference");
        String conference = browser.driver().findElement(By.tagName("main")).getText();
        assertThat(conference).contains(place).doesNotContain("Nia").doesNotContain(child.family());
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void aMistakeInTheFormIsNamedInAnAccessibleErrorSummary() {
        browser.signOut();
        browser.signIn(w.world.username("lead"), TestBorough.PASSWORD);
        browser.go("/contexts/new");
        browser.driver().findElement(By.id("kind")).sendKeys("Place");
        type("name", "A place with no location");
        type("referredBy", "Someone");
        browser.driver().findElement(By.xpath("//button[normalize-space()='Record context']")).sendKeys(Keys.ENTER);
        WebElement summary = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector(".govuk-error-summary")));
        assertThat(summary.getText()).contains("A place needs a point");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    private void type(String id, String text) {
        browser.driver().findElement(By.id(id)).sendKeys(text);
    }

    private void wait(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }
}
