package org.reachable.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
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

    private Browser browser;

    @BeforeAll
    void start() {
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
                "/insight/tables/incidents-trend?borough=E09000019")) {
            browser.go(page);
            browser.screenshot("analyst" + page.replaceAll("[^A-Za-z0-9]+", "_"));
            browser.seriousAccessibilityViolations().forEach(v -> problems.add(page + ": " + v));
        }
        assertThat(problems).isEmpty();
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
