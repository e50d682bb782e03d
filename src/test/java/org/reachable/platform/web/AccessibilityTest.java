package org.reachable.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.reachable.support.Browser;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page, as the role that uses it, in headless Chromium: axe-core finds no serious or critical violations,
 * including forms showing their error summaries. Also checks the service works with a keyboard alone.
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {

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
    void everyPageHasNoSeriousOrCriticalViolations() {
        Map<String, List<String>> pagesByUser = new LinkedHashMap<>();
        pagesByUser.put("lead", List.of("/", "/children", "/children?name=Okafor" + world.tag(),
                "/children?dob=not-a-date", "/children/" + world.childA(), "/children/" + world.childA() + "?from=bad",
                "/children/" + world.childA() + "/print", "/children/" + world.childA() + "/events/new",
                "/children/" + world.childA() + "/events/new?type=police.incident", "/submissions",
                "/submissions/new", "/accessibility", "/no-such-page"));
        pagesByUser.put("stranger", List.of("/children/" + world.childA(),
                "/children/" + world.childA() + "/break-glass"));
        pagesByUser.put("manager", List.of("/break-glass-reviews"));
        pagesByUser.put("analyst", List.of("/insight", "/children"));
        pagesByUser.put("ig", List.of("/ig", "/ig?identifier=UNKNOWN-123"));
        pagesByUser.put("admin", List.of("/admin/users"));
        pagesByUser.put("contributor", List.of("/submissions"));

        List<String> problems = new ArrayList<>();
        browser.signOut();
        browser.go("/login");
        problems.addAll(check("/login"));
        pagesByUser.forEach((user, pages) -> {
            browser.signOut();
            browser.signIn(world.username(user), TestBorough.PASSWORD);
            for (String page : pages) {
                browser.go(page);
                browser.screenshot(user + page.replaceAll("[^A-Za-z0-9]+", "_"));
                problems.addAll(check(user + " " + page));
            }
        });
        assertThat(problems).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void formsShowingErrorsHaveNoSeriousOrCriticalViolations() {
        List<String> problems = new ArrayList<>();
        browser.signOut();
        browser.signIn(world.username("lead"), TestBorough.PASSWORD);
        browser.go("/children/" + world.childA() + "/events/new?type=police.incident");
        browser.driver().findElement(By.cssSelector("main form[method=post] button[type=submit]")).click();
        assertThat(browser.driver().findElement(By.className("govuk-error-summary")).getText())
                .contains("Enter what happened");
        problems.addAll(check("new event with errors"));
        browser.go("/submissions/new");
        browser.driver().findElement(By.cssSelector("main form[method=post] button[type=submit]")).click();
        problems.addAll(check("submission with errors"));
        browser.go("/children/" + world.childA() + "/break-glass");
        browser.driver().findElement(By.cssSelector("main form[method=post] button[type=submit]")).click();
        problems.addAll(check("break-glass with errors"));
        browser.signOut();
        browser.signIn(world.username("admin"), TestBorough.PASSWORD);
        browser.go("/admin/users");
        browser.driver().findElement(By.cssSelector("main details summary")).click();
        browser.driver().findElement(By.cssSelector("main form[method=post] button[type=submit]")).click();
        problems.addAll(check("create user with errors"));
        assertThat(problems).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void signInAndReachTheChronologyWithTheKeyboardAlone() {
        browser.signOut();
        browser.go("/login");
        WebElement body = browser.driver().findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        assertThat(active().getText()).isEqualTo("Skip to main content");
        // Tab through the page until the username field has focus, then type and submit with Enter.
        for (int i = 0; i < 10 && !"username".equals(active().getAttribute("id")); i++) {
            active().sendKeys(Keys.TAB);
        }
        assertThat(active().getAttribute("id")).isEqualTo("username");
        active().sendKeys(world.username("lead"), Keys.TAB);
        assertThat(active().getAttribute("id")).isEqualTo("password");
        active().sendKeys(TestBorough.PASSWORD, Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> !d.getCurrentUrl().contains("/login"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/");
        browser.go("/children/" + world.childA());
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).startsWith("Amara");
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private List<String> check(String page) {
        return browser.seriousAccessibilityViolations().stream().map(v -> page + ": " + v).toList();
    }
}
