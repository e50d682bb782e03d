package org.reachable.language.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reachable.support.Browser;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The language check as practitioners meet it: suggestions under the text box as they type, and the rules pages. */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguagePagesTest {

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
    void aPractitionerTypingACaseNoteSeesTheSuggestionAndCanStillSave() {
        browser.signOut();
        browser.signIn(world.username("lead"), TestBorough.PASSWORD);
        browser.go("/children/" + world.childA() + "/events/new?type=police.incident");
        WebElement summary = browser.driver().findElement(By.id("summary"));
        summary.sendKeys("Seen at Walthamstow Central at 23:00. He is putting himself at risk by going out late.");
        WebElement findings = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> {
            WebElement box = driver.findElement(By.id("summary-language"));
            return box.getText().contains("Check your wording") ? box : null;
        });
        assertThat(findings.getText()).contains("putting himself at risk").contains("Blames the child")
                .contains("Instead:").contains("Say who or what puts the child at risk");
        browser.screenshot("language-suggestion-on-case-note");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        summary.clear();
        summary.sendKeys("Adults are contacting him and asking him to travel at night.");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> driver.findElement(By.id("summary-language")).getText().isBlank());
    }

    @Test
    void theChildsOwnWordsAreNotFlaggedThroughTheApi() {
        WebSession lead = WebSession.signIn(port, world.username("lead"), TestBorough.PASSWORD);
        HttpResponse<String> quoted = lead.postJson("/api/v1/language/check",
                "{\"text\": \"She said \\\"I put myself at risk\\\".\"}");
        assertThat(quoted.statusCode()).isEqualTo(200);
        assertThat(quoted.body()).contains("\"findings\":[]");
        HttpResponse<String> flagged = lead.postJson("/api/v1/language/check",
                "{\"text\": \"She is very streetwise.\"}");
        assertThat(flagged.body()).contains("\"ruleCode\":\"streetwise\"").contains("\"start\":12");
        HttpResponse<String> empty = lead.postJson("/api/v1/language/check", "{\"text\": \"\"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("\"field\":\"text\"");
    }

    @Test
    void aManagerEditsARuleAndAPractitionerCannot() {
        WebSession practitioner = WebSession.signIn(port, world.username("lead"), TestBorough.PASSWORD);
        assertThat(practitioner.get("/language/rules").body()).contains("putting themselves at risk")
                .doesNotContain("Add a rule");
        assertThat(practitioner.postForm("/language/rules/absconding", Map.of("category", "LABELLING"))
                .statusCode()).isEqualTo(403);

        browser.signOut();
        browser.signIn(world.username("manager"), TestBorough.PASSWORD);
        List<String> problems = new ArrayList<>();
        browser.go("/language/rules");
        problems.addAll(browser.seriousAccessibilityViolations());
        browser.go("/language/rules/new");
        browser.driver().findElement(By.id("pattern")).sendKeys("broken(");
        browser.driver().findElement(By.cssSelector("main form[method=post] button[type=submit]")).click();
        String errors = browser.driver().findElement(By.className("govuk-error-summary")).getText();
        assertThat(errors).contains("Enter a short code").contains("Not a valid pattern")
                .contains("Give at least one sentence");
        problems.addAll(browser.seriousAccessibilityViolations());
        browser.go("/language/rules/absconding/edit");
        problems.addAll(browser.seriousAccessibilityViolations());
        assertThat(problems).as("serious or critical accessibility violations").isEmpty();
    }
}
