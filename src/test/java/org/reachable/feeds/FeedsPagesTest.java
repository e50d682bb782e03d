package org.reachable.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reachable.agencies.OrganisationKind;
import org.reachable.support.Browser;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The feeds pages in headless Chromium, as the people who use them: a contributor uploads a file and watches it
 * finish (htmx polling under the strict CSP); a MASH practitioner corrects a quarantined record and re-submits it;
 * an administrator issues a key, seen once. Every page passes axe-core with no serious or critical violations.
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedsPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    private Browser browser;
    private TestBorough.World world;
    private final List<String> violations = new ArrayList<>();

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
    void aContributorUploadsAFileWatchesItFinishAndMashCorrectsTheQuarantinedRecord() throws Exception {
        String system = "upload-" + UUID.randomUUID();
        Path file = dir.resolve("school-" + world.tag() + ".csv");
        Files.writeString(file, CsvImportTest.HEADER + "\n"
                + "U1," + system + ",Mia,Upload" + world.tag() + ",2012-04-05,F,,police.custody,2025-02-01,"
                + "Brought into custody.,\n"
                + "U2," + system + ",Mia,Upload" + world.tag() + ",2012-04-05,F,,police.incident,2025-02-02,"
                + "Mia was threatened.,BYSTANDER\n", StandardCharsets.UTF_8);

        browser.signOut();
        browser.signIn(world.username("contributor"), TestBorough.PASSWORD);
        browser.go("/feeds/imports");
        check("imports page");
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        assertThat(afterSubmit(By.className("govuk-error-summary")).getText())
                .contains("Choose a file to send");
        check("imports page with errors");
        browser.driver().findElement(By.id("format")).sendKeys("csv-police");
        browser.driver().findElement(By.id("file")).sendKeys(file.toString());
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        // htmx replaces the progress panel while it is polled: an element found just before a swap goes stale.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("progress")).getText().contains("Finished"));
        assertThat(browser.driver().findElement(By.id("progress")).getText()).contains("Records accepted 1")
                .contains("Quarantined for correction 1");
        check("import progress page");
        assertThat(jdbc.sql("""
                        select actor_role from access_audit where resource like 'chronology/event/%'
                        and purpose like :p""").param("p", "%" + system + " reference U1%")
                .query(String.class).list()).as("the upload is audited as the contributor").containsExactly(
                "CONTRIBUTOR");

        UUID quarantined = jdbc.sql("select id from feeds_quarantine where reference = 'U2' and source_system = :s")
                .param("s", system).query(UUID.class).single();
        browser.signOut();
        browser.signIn(world.username("mash"), TestBorough.PASSWORD);
        browser.go("/feeds/quarantine");
        check("quarantine list");
        browser.go("/feeds/quarantine/" + quarantined);
        check("quarantined record");
        var text = browser.driver().findElement(By.id("rawText"));
        String corrected = text.getAttribute("value").replace("\"BYSTANDER\"", "\"WITNESS\"");
        assertThat(corrected).contains("WITNESS");
        text.clear();
        text.sendKeys(corrected.replace("\"WITNESS\"", "\"NOBODY\""));
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        assertThat(afterSubmit(By.className("govuk-error-summary")).getText())
                .contains("details.role");
        check("quarantined record with errors");
        text = browser.driver().findElement(By.id("rawText"));
        text.clear();
        text.sendKeys(corrected);
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("main")).getText().contains("Record accepted"));
        assertThat(jdbc.sql("""
                        select count(*) from chronology_event where source_system = :s and source_ref = 'U2'
                        and details->>'role' = 'WITNESS'""").param("s", system).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select status from feeds_quarantine where id = :id").param("id", quarantined)
                .query(String.class).single()).isEqualTo("RESUBMITTED");

        browser.signOut();
        browser.signIn(world.username("ig"), TestBorough.PASSWORD);
        browser.go("/feeds/quarantine/" + quarantined);
        check("quarantined record as IG");
        assertThat(browser.driver().findElements(By.id("rawText"))).as("IG officers cannot correct").isEmpty();

        assertThat(violations).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void anAdministratorIssuesAKeyThatIsShownOnceAndRevokesIt() {
        browser.signOut();
        browser.signIn(world.username("admin"), TestBorough.PASSWORD);
        browser.go("/admin/api-keys");
        browser.driver().findElement(By.cssSelector("main form[action='/admin/api-keys'] button")).click();
        afterSubmit(By.className("govuk-error-summary"));
        check("api keys with errors");
        browser.driver().findElement(By.id("organisation")).sendKeys(
                world.organisations().get(OrganisationKind.POLICE).name());
        browser.driver().findElement(By.id("name")).sendKeys("Niche " + world.tag());
        browser.driver().findElement(By.cssSelector("main form[action='/admin/api-keys'] button")).click();
        String key = afterSubmit(By.className("reachable-secret")).getText();
        assertThat(key).startsWith("rk_").hasSizeGreaterThan(40);
        check("api key issued");
        browser.go("/admin/api-keys");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).doesNotContain(key)
                .contains("Niche " + world.tag());
        assertThat(violations).isEmpty();
    }

    private void check(String page) {
        violations.addAll(browser.seriousAccessibilityViolations().stream().map(v -> page + ": " + v).toList());
    }

    /** The element on the page the submitted form leads to (the click returns before that page has loaded). */
    private WebElement afterSubmit(By what) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElement(what));
    }
}
