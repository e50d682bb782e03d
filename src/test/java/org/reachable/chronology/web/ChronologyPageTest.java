package org.reachable.chronology.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The chronology page shows each agency's entries with their words, tags and provenance. */
@ReachableTest
class ChronologyPageTest {

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;

    @Test
    void showsEntriesWithTheChildsOwnWordsEvenWhenTheyAreJustNo() {
        TestBorough.World world = borough.build();
        WebSession lead = WebSession.signIn(port, world.username("lead"), TestBorough.PASSWORD);
        lead.postJson("/api/v1/children/" + world.childA() + "/events", """
                {"type":"help.offer","occurredAt":"%s","summary":"Offered a place at the boxing club.",
                 "childWords":"No","sensitivity":"SENSITIVE","details":{"response":"DECLINED"}}"""
                .formatted(LocalDate.now()));
        String page = lead.get("/children/" + world.childA()).body();
        assertThat(page).contains("Offered a place at the boxing club.")
                .contains("The child said: </span>“<span>No</span>”")
                .contains(">Sensitive</strong>").contains("Response: Declined")
                .contains("Recorded by lead " + world.tag())
                .contains("Amara was robbed at knifepoint").contains("Treated for a stab wound to the leg.")
                .contains("Police " + world.tag()).contains("Emergency department " + world.tag());
    }
}
