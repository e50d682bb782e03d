package org.reachable.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reachable.support.Browser;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Insight pages in headless Chromium: axe-core finds no serious or critical problems, with and without errors. */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightPagesAccessibilityTest {

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;
    @Autowired
    InsightImports imports;

    private Browser browser;

    @BeforeAll
    void start() {
        if (SharedData.available()) {
            // Real boundaries and crimes make the map pages realistic; without them the pages are checked empty.
            SharedData.importOnce(imports);
            SharedData.importGeographyOnce(imports);
        }
        browser = Browser.open(port);
        TestBorough.World world = borough.build();
        browser.signIn(world.username("analyst"), TestBorough.PASSWORD);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void insightPagesHaveNoSeriousOrCriticalViolations() {
        List<String> problems = new ArrayList<>();
        for (String page : List.of("/insight", "/insight/sna", "/insight/tables/incidents-by-type",
                "/insight/tables/stop-search-self-defined", "/insight/tables/stop-search-hour-of-week",
                "/insight/tables/incidents-trend?borough=E09000019", "/insight/tables/incidents-hour-of-week",
                "/insight/tables/incidents-school-days?source=ambulance", "/insight/tables/borough-comparison",
                "/insight/tables/incidents-near-schools", "/insight/patterns", "/insight/report?month=2018-06",
                "/insight/report/public?month=2018-06", "/insight/map",
                "/insight/map?borough=E09000031&place=near-school&source=ed-assault")) {
            browser.go(page);
            waitForTheMap();
            browser.screenshot("analyst" + page.replaceAll("[^A-Za-z0-9]+", "_"));
            browser.seriousAccessibilityViolations().forEach(v -> problems.add(page + ": " + v));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theMapIsKeyboardUsableAndTheTablesCanBeReachedWithoutIt() {
        browser.go("/insight/map?borough=E09000031");
        waitForTheMap();
        WebElement map = browser.driver().findElement(By.id("insight-map"));
        assertThat(map.getAttribute("tabindex")).as("Leaflet makes the map focusable").isEqualTo("0");
        WebElement pane = browser.driver().findElement(By.className("leaflet-map-pane"));
        String before = pane.getAttribute("style");
        map.sendKeys(Keys.ARROW_RIGHT);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> !before.equals(pane.getAttribute("style")));
        browser.driver().findElement(By.linkText("Skip the map and go to the tables")).click();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("hotspot-tables");
        assertThat(browser.driver().findElement(By.id("boroughs")).isDisplayed()).isTrue();
    }

    private void waitForTheMap() {
        if (!browser.driver().findElements(By.id("insight-map")).isEmpty()) {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                    d.findElement(By.id("insight-map")).getAttribute("data-loaded") != null);
        }
    }

    @Test
    void aBadFilterShowsTheErrorSummaryNamingTheFieldAndValue() {
        browser.go("/insight/tables/incidents-by-month?from=2018-13&borough=Narnia");
        String summary = browser.driver().findElement(By.className("govuk-error-summary")).getText();
        assertThat(summary).contains("Must be a month as YYYY-MM, e.g. 2018-04 (you entered “2018-13”)")
                .contains("Must be a London borough GSS code").contains("Narnia");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }
}
