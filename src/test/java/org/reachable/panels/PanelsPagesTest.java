package org.reachable.panels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reachable.agencies.OrganisationKind;
import org.reachable.support.Browser;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.synthetic.DemoPanels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The panels pages in a real browser, with the demo panels: a chair goes from the list to a panel and a meeting,
 * minutes an item using only the keyboard and sees the language suggestion, then checks duplication and analytics.
 * Every page is checked with axe-core.
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PanelsPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;
    @Autowired
    PanelsTestSupport panels;

    private Browser browser;
    private TestBorough.World world;
    private DemoPanels.Seeded seeded;

    @BeforeAll
    void start() {
        world = borough.build();
        List<UUID> children = new ArrayList<>(List.of(world.childA(), world.childB()));
        children.addAll(panels.children(world, DemoPanels.CHILDREN - 2));
        Map<OrganisationKind, UUID> orgs = new EnumMap<>(OrganisationKind.class);
        world.organisations().forEach((kind, org) -> orgs.put(kind, org.id()));
        seeded = DemoPanels.seed(panels.history(), new DemoPanels.Seats(orgs, world.userIds().get("manager"),
                "manager " + world.tag(), world.userIds().get("lead"), "lead " + world.tag(),
                world.userIds().get("mash"), "mash " + world.tag()), children,
                LocalDate.now(ZoneId.of("Europe/London")), world.tag());
        browser = Browser.open(port);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aChairWorksThroughTheMeetingWithTheKeyboardAndEveryPageIsAccessible() {
        List<String> violations = new ArrayList<>();
        browser.signIn(world.username("manager"), TestBorough.PASSWORD);
        browser.go("/panels");
        violations.addAll(browser.seriousAccessibilityViolations());
        browser.driver().findElement(By.linkText("Pre-MACE / ROHOP panel (" + world.tag() + ")")).click();
        waitFor(d -> d.findElement(By.tagName("h1")).getText().startsWith("Pre-MACE"));
        assertThat(main()).contains("Terms of reference").contains("Escalates to").contains("Police " + world.tag());
        violations.addAll(browser.seriousAccessibilityViolations());

        UUID third = seeded.preMaceMeetings().get(2);
        browser.go("/panels/meetings/" + third);
        violations.addAll(browser.seriousAccessibilityViolations());
        WebElement card = browser.driver().findElements(By.cssSelector(".govuk-summary-card")).stream()
                .filter(c -> c.getText().contains("Return home interview")).findFirst().orElseThrow();
        assertThat(card.getText()).contains("Brought forward").contains("Actions from earlier meetings to review")
                .contains("Return home interview after each missing episode");
        String itemId = card.getAttribute("id").substring("item-".length());

        // Keyboard only: open "Minute this item", type, and submit with Enter on the button.
        WebElement summary = card.findElement(By.cssSelector("details summary"));
        summary.sendKeys(Keys.ENTER);
        WebElement minutes = browser.driver().findElement(By.id("minutes-" + itemId));
        minutes.clear();
        minutes.sendKeys("The child is putting himself at risk by going missing.");
        WebElement live = waitFor(d -> {
            WebElement box = d.findElement(By.id("minutes-language-" + itemId));
            return box.getText().contains("Check your wording") ? box : null;
        });
        assertThat(live.getText()).contains("putting himself at risk");
        violations.addAll(browser.seriousAccessibilityViolations());
        minutes.sendKeys(Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys("Chair to escalate the delay.");
        WebElement save = card.findElement(By.cssSelector("form[action$='/minutes'] button[type=submit]"));
        save.sendKeys(Keys.ENTER);
        waitFor(d -> d.findElement(By.tagName("main")).getText().contains("Minutes saved."));
        assertThat(browser.driver().findElement(By.id("language-" + itemId)).getText())
                .contains("Check the wording of the minutes").contains("putting himself at risk");
        violations.addAll(browser.seriousAccessibilityViolations());

        browser.go("/panels/duplication");
        assertThat(main()).contains("The same child on several panels")
                .contains("Discussed repeatedly with no action completed");
        violations.addAll(browser.seriousAccessibilityViolations());
        browser.go("/panels/analytics");
        assertThat(main()).contains("Attendance by agency").contains("Police " + world.tag());
        violations.addAll(browser.seriousAccessibilityViolations());
        browser.signOut();

        browser.signIn(world.username("analyst"), TestBorough.PASSWORD);
        browser.go("/panels/analytics?panelId=" + seeded.mace());
        assertThat(main()).contains("Time from escalation to discussion").contains("21");
        violations.addAll(browser.seriousAccessibilityViolations());
        assertThat(violations).as("serious or critical accessibility violations").isEmpty();
    }

    private String main() {
        return browser.driver().findElement(By.tagName("main")).getText();
    }

    private <T> T waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }
}
