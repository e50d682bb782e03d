package org.reachable.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The home page lists everything a role can do and the menu keeps a few tasks: every link either shows opens for
 * that role (no dead ends, no refusals), and the menu stays short enough to read.
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomePageTest {

    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final Pattern MENU = Pattern.compile("govuk-service-navigation__link\" href=\"(/[^\"]*)\"");

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;

    private TestBorough.World world;

    @BeforeAll
    void setUp() {
        world = borough.build();
    }

    @Test
    void everyLinkOnTheHomePageAndInTheMenuOpensForTheRoleThatSeesIt() {
        for (String user : List.of("mash", "lead", "manager", "contributor", "analyst", "ig", "admin")) {
            WebSession session = WebSession.signIn(port, world.username(user), TestBorough.PASSWORD);
            String home = session.get("/").body();
            Set<String> links = all(LINK, home.substring(home.indexOf("<main"), home.indexOf("</main>")));
            links.addAll(all(MENU, home));
            assertThat(links).as(user + " has tasks on the home page").hasSizeGreaterThan(2);
            for (String link : links) {
                assertThat(session.get(link).statusCode()).as(user + " opens " + link).isEqualTo(200);
            }
            assertThat(all(MENU, home)).as(user + "'s menu stays short").hasSizeBetween(2, 7);
        }
    }

    private static Set<String> all(Pattern pattern, String html) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
