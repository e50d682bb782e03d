package org.reachable.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachable.access.AuditAction;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.CurrentUser;
import org.reachable.access.RecordAccess;
import org.reachable.access.RecordAccessAt;
import org.reachable.access.TestUsers;
import org.reachable.access.UserAccounts;
import org.reachable.platform.web.AccessRefusedException;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A panel member may open an agenda child's record only inside the meeting window: from the start of the day two
 * days before the meeting until the end of the meeting day. Before and after, the record is refused, and the refusal
 * is in the audit log with its reason.
 */
@ReachableTest
class MeetingWindowAccessTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;
    @Autowired
    PanelsTestSupport panels;
    @Autowired
    UserAccounts users;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    private TestBorough.World world;

    @BeforeEach
    void setUp() {
        world = borough.build();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aMemberOpensTheRecordOnlyInsideTheWindowAsAnInjectedClockMovesThrough() {
        // A meeting on Wednesday 12 March 2031 at 10:00; the window runs from Monday 00:00 to Thursday 00:00.
        UUID panel = panels.panel(world, "Window panel", "stranger");
        UUID meeting = panels.meeting(panel, london(2031, 3, 12, 10, 0));
        panels.onAgenda(meeting, world.childA());
        CurrentUser member = TestUsers.signIn(users.find(world.userIds().get("stranger")).orElseThrow());

        assertRefused(london(2031, 3, 9, 23, 59), "opens at");
        assertAllowed(london(2031, 3, 10, 0, 0));
        assertAllowed(london(2031, 3, 12, 11, 30));
        assertAllowed(london(2031, 3, 12, 23, 59));
        assertRefused(london(2031, 3, 13, 0, 0), "closed at");
        assertRefused(london(2031, 4, 1, 9, 0), "closed at");

        List<String> refusals = jdbc.sql("""
                        select purpose from access_audit
                        where actor_id = :user and person_id = :child and outcome = 'DENIED' order by seq""")
                .param("user", member.id()).param("child", world.childA()).query(String.class).list();
        assertThat(refusals).hasSize(3).allSatisfy(reason -> assertThat(reason)
                .startsWith("Outside the panel meeting window: access for Panel member: Window panel " + world.tag()
                        + " meeting on 2031-03-12"));
        assertThat(refusals.getFirst()).contains("opens at 2031-03-10T00:00:00Z");
        assertThat(jdbc.sql("""
                        select count(*) from access_audit
                        where actor_id = :user and person_id = :child and outcome = 'ALLOWED'
                          and purpose like 'Panel member: Window panel%'""")
                .param("user", member.id()).param("child", world.childA()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void someoneWhoIsNotAMemberGetsNothingFromTheMeetingEvenDuringIt() {
        UUID panel = panels.panel(world, "Members only", "stranger");
        Instant start = london(2031, 6, 18, 14, 0);
        panels.onAgenda(panels.meeting(panel, start), world.childA());
        TestUsers.signIn(users.find(world.userIds().get("mash")).orElseThrow());
        assertThatThrownBy(() -> RecordAccessAt.at(context, start).requireRead(world.childA(), AuditAction.READ,
                "chronology")).isInstanceOf(AccessRefusedException.class)
                .hasMessage("No legitimate relationship with this child");
    }

    @Test
    void overHttpWithTheRealClockInsideIsOpenAndBeforeAndAfterAreRefused() throws Exception {
        UUID panel = panels.panel(world, "Live window", "stranger");
        List<UUID> more = panels.children(world, 1);
        Instant now = Instant.now();
        UUID today = panels.meeting(panel, now.plus(Duration.ofMinutes(30)));
        panels.onAgenda(today, world.childA());
        UUID later = panels.meeting(panel, now.plus(Duration.ofDays(10)));
        panels.onAgenda(later, world.childB());
        UUID earlier = panels.meeting(panel, now.minus(Duration.ofDays(10)));
        panels.onAgenda(earlier, more.getFirst());

        WebSession member = WebSession.signIn(port, world.username("stranger"), TestBorough.PASSWORD);
        HttpResponse<String> inside = member.get("/api/v1/children/" + world.childA() + "/chronology");
        assertThat(inside.statusCode()).as(inside.body()).isEqualTo(200);
        assertThat(json.readTree(inside.body()).at("/access/basis").asText()).isEqualTo("PANEL_MEETING");
        assertThat(member.get("/children/" + world.childA()).statusCode()).isEqualTo(200);

        assertThat(member.get("/api/v1/children/" + world.childB() + "/chronology").statusCode()).isEqualTo(403);
        assertThat(member.get("/api/v1/children/" + more.getFirst() + "/chronology").statusCode()).isEqualTo(403);
        assertThat(deniedPurpose(world.childB())).contains("Outside the panel meeting window").contains("opens at");
        assertThat(deniedPurpose(more.getFirst())).contains("Outside the panel meeting window").contains("closed at");

        // Another user, not on the panel, gets nothing from the meeting.
        WebSession outsider = WebSession.signIn(port, world.username("tac"), TestBorough.PASSWORD);
        assertThat(outsider.get("/api/v1/children/" + world.childB() + "/chronology").statusCode()).isEqualTo(403);
        assertThat(outsider.get("/api/v1/panels/meetings/" + today).statusCode()).isEqualTo(403);
    }

    private String deniedPurpose(UUID child) {
        return jdbc.sql("""
                        select purpose from access_audit
                        where actor_id = :user and person_id = :child and outcome = 'DENIED' order by seq desc limit 1""")
                .param("user", world.userIds().get("stranger")).param("child", child).query(String.class).single();
    }

    private void assertAllowed(Instant at) {
        RecordAccess access = RecordAccessAt.at(context, at).requireRead(world.childA(), AuditAction.READ, "chronology");
        assertThat(access.basis()).as("at " + at).isEqualTo(RecordAccess.Basis.PANEL_MEETING);
    }

    private void assertRefused(Instant at, String why) {
        assertThatThrownBy(() -> RecordAccessAt.at(context, at).requireRead(world.childA(), AuditAction.READ,
                "chronology")).as("at " + at).isInstanceOf(AccessRefusedException.class).hasMessageContaining(why);
    }

    private static Instant london(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(LONDON).toInstant();
    }
}
