package org.reachable.access.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reachable.access.BreakGlass;
import org.reachable.access.CurrentUser;
import org.reachable.access.Relationships;
import org.reachable.access.Role;
import org.reachable.access.SignedInUser;
import org.reachable.access.TeamMember;
import org.reachable.access.UserAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The access module's tables: users, relationships, front-door cases and break-glass. */
@Repository
public class AccessRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AccessRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public Optional<String> relationship(UUID userId, UUID personId, Instant now) {
        return jdbc.sql("""
                        select kind from access_relationship
                        where user_id = :userId and person_id = :personId
                          and started_on <= cast(:now as date) and (ended_on is null or ended_on >= cast(:now as date))
                        order by kind limit 1""")
                .param("userId", userId).param("personId", personId).param("now", Timestamp.from(now))
                .query(String.class).optional();
    }

    /** Which of these children the user may read now: relationship, open front-door case (MASH), break-glass. */
    public java.util.Set<UUID> readableAmong(UUID userId, boolean mash, java.util.Collection<UUID> personIds,
                                             Instant now) {
        if (personIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("""
                        select person_id from access_relationship
                        where user_id = :userId and person_id in (:ids)
                          and started_on <= cast(:now as date) and (ended_on is null or ended_on >= cast(:now as date))
                        union
                        select person_id from access_front_door_case
                        where :mash and person_id in (:ids) and closed_at is null
                        union
                        select person_id from access_break_glass
                        where user_id = :userId and person_id in (:ids) and expires_at > :now""")
                .param("userId", userId).param("ids", personIds).param("mash", mash)
                .param("now", Timestamp.from(now)).query(UUID.class).list());
    }

    public Optional<String> openFrontDoorCase(UUID personId) {
        return jdbc.sql("""
                        select reference from access_front_door_case
                        where person_id = :personId and closed_at is null order by opened_at limit 1""")
                .param("personId", personId).query(String.class).optional();
    }

    public void openFrontDoorCase(UUID personId, String reference, Instant openedAt) {
        jdbc.sql("insert into access_front_door_case (person_id, reference, opened_at) values (:p, :r, :at)")
                .param("p", personId).param("r", reference).param("at", Timestamp.from(openedAt)).update();
    }

    public void openFrontDoorCases(List<Relationships.FrontDoorCase> cases) {
        if (!cases.isEmpty()) {
            batch.batchUpdate("insert into access_front_door_case (person_id, reference, opened_at) values (?, ?, ?)",
                    cases.stream().map(c -> new Object[] {c.personId(), c.reference(), Timestamp.from(c.openedAt())})
                            .toList());
        }
    }

    public void moveFrontDoorCase(String reference, UUID personId) {
        jdbc.sql("update access_front_door_case set person_id = :p where reference = :r")
                .param("p", personId).param("r", reference).update();
    }

    public void closeFrontDoorCase(String reference, Instant closedAt) {
        jdbc.sql("update access_front_door_case set closed_at = :at where reference = :r and closed_at is null")
                .param("r", reference).param("at", Timestamp.from(closedAt)).update();
    }

    /** The panel windows this user holds for this child, open or not, soonest closing first. */
    public List<org.reachable.access.PanelAccessWindows.Window> panelWindows(UUID userId, UUID personId) {
        return jdbc.sql("""
                        select person_id, user_id, reason, opens_at, closes_at from access_panel_window
                        where user_id = :userId and person_id = :personId order by closes_at""")
                .param("userId", userId).param("personId", personId)
                .query((rs, n) -> new org.reachable.access.PanelAccessWindows.Window(
                        rs.getObject("person_id", UUID.class), rs.getObject("user_id", UUID.class),
                        rs.getString("reason"), rs.getTimestamp("opens_at").toInstant(),
                        rs.getTimestamp("closes_at").toInstant()))
                .list();
    }

    public void replacePanelWindows(String reference, Collection<org.reachable.access.PanelAccessWindows.Window> windows) {
        jdbc.sql("delete from access_panel_window where reference = :r").param("r", reference).update();
        batch.batchUpdate("""
                        insert into access_panel_window (id, reference, person_id, user_id, reason, opens_at, closes_at)
                        values (?, ?, ?, ?, ?, ?, ?)""",
                windows.stream().map(w -> new Object[] {UUID.randomUUID(), reference, w.personId(), w.userId(),
                        w.reason(), Timestamp.from(w.opensAt()), Timestamp.from(w.closesAt())}).toList());
    }

    public Optional<BreakGlass> activeBreakGlass(UUID userId, UUID personId, Instant now) {
        return jdbc.sql(BREAK_GLASS_SELECT + """
                         where b.user_id = :userId and b.person_id = :personId and b.expires_at > :now
                         order by b.expires_at desc limit 1""")
                .param("userId", userId).param("personId", personId).param("now", Timestamp.from(now))
                .query(AccessRepository::breakGlass).optional();
    }

    public Optional<BreakGlass> findBreakGlass(UUID id) {
        return jdbc.sql(BREAK_GLASS_SELECT + " where b.id = :id").param("id", id)
                .query(AccessRepository::breakGlass).optional();
    }

    public List<BreakGlass> breakGlassAwaitingReview() {
        return jdbc.sql(BREAK_GLASS_SELECT + " where b.reviewed_at is null order by b.started_at")
                .query(AccessRepository::breakGlass).list();
    }

    public void insertBreakGlass(BreakGlass b) {
        jdbc.sql("""
                        insert into access_break_glass (id, user_id, person_id, reason, started_at, expires_at)
                        values (:id, :userId, :personId, :reason, :startedAt, :expiresAt)""")
                .param("id", b.id()).param("userId", b.userId()).param("personId", b.personId())
                .param("reason", b.reason()).param("startedAt", Timestamp.from(b.startedAt()))
                .param("expiresAt", Timestamp.from(b.expiresAt())).update();
    }

    public void reviewBreakGlass(UUID id, UUID reviewer, boolean justified, String note, Instant at) {
        jdbc.sql("""
                        update access_break_glass
                        set reviewed_by = :reviewer, reviewed_at = :at, review_outcome = :outcome, review_note = :note
                        where id = :id""")
                .param("id", id).param("reviewer", reviewer).param("at", Timestamp.from(at))
                .param("outcome", justified ? "JUSTIFIED" : "NOT_JUSTIFIED").param("note", note).update();
    }

    public void insertRelationships(Collection<Relationships.Grant> grants) {
        batch.batchUpdate("""
                        insert into access_relationship (id, person_id, user_id, kind, description, started_on)
                        values (?, ?, ?, ?, ?, ?)""",
                grants.stream().map(g -> new Object[] {UUID.randomUUID(), g.personId(), g.userId(),
                        g.lead() ? "LEAD_PRACTITIONER" : "TEAM_AROUND_CHILD", g.description(),
                        java.sql.Date.valueOf(g.since())}).toList());
    }

    public List<TeamMember> teamAround(UUID personId) {
        return jdbc.sql("""
                        select r.user_id, u.display_name, u.organisation_id, r.kind, r.description, r.started_on
                        from access_relationship r join access_user u on u.id = r.user_id
                        where r.person_id = :personId and r.ended_on is null
                        order by r.kind, u.display_name""")
                .param("personId", personId)
                .query((rs, n) -> new TeamMember(rs.getObject("user_id", UUID.class), rs.getString("display_name"),
                        rs.getObject("organisation_id", UUID.class), "LEAD_PRACTITIONER".equals(rs.getString("kind")),
                        rs.getString("description"), rs.getDate("started_on").toLocalDate()))
                .list();
    }

    public record UserRow(UUID id, String username, String displayName, Role role, UUID organisationId,
                          UUID practitionerId, String passwordHash, boolean enabled) {
    }

    public void insertUsers(Collection<UserRow> users) {
        batch.batchUpdate("""
                        insert into access_user (id, username, display_name, role, organisation_id, practitioner_id,
                                                 password_hash, enabled)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""",
                users.stream().map(u -> new Object[] {u.id(), u.username(), u.displayName(), u.role().name(),
                        u.organisationId(), u.practitionerId(), u.passwordHash(), u.enabled()}).toList());
    }

    public Optional<SignedInUser> signInDetails(String username) {
        return jdbc.sql(USER_SELECT + " where username = :username").param("username", username)
                .query((rs, n) -> new SignedInUser(currentUser(rs), rs.getString("password_hash"),
                        rs.getBoolean("enabled")))
                .optional();
    }

    public Optional<CurrentUser> findUser(UUID id) {
        return jdbc.sql(USER_SELECT + " where id = :id").param("id", id)
                .query((rs, n) -> currentUser(rs)).optional();
    }

    public Optional<CurrentUser> findUserByUsername(String username) {
        return signInDetails(username).map(SignedInUser::currentUser);
    }

    public List<UserAccounts.UserAccount> allUsers() {
        return jdbc.sql(USER_SELECT + " order by role, display_name")
                .query((rs, n) -> new UserAccounts.UserAccount(rs.getObject("id", UUID.class),
                        rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                        rs.getObject("organisation_id", UUID.class), rs.getBoolean("enabled"),
                        rs.getString("password_hash") != null))
                .list();
    }

    public long countUsers() {
        return jdbc.sql("select count(*) from access_user").query(Long.class).single();
    }

    private static final String USER_SELECT = """
            select id, username, display_name, role, organisation_id, practitioner_id, password_hash, enabled
            from access_user
            """;

    private static final String BREAK_GLASS_SELECT = """
            select b.id, b.user_id, u.display_name, b.person_id, b.reason, b.started_at, b.expires_at,
                   b.review_outcome, b.review_note
            from access_break_glass b join access_user u on u.id = b.user_id
            """;

    private static CurrentUser currentUser(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CurrentUser(rs.getObject("id", UUID.class), rs.getString("username"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                rs.getObject("organisation_id", UUID.class), rs.getObject("practitioner_id", UUID.class));
    }

    private static BreakGlass breakGlass(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new BreakGlass(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getString("display_name"), rs.getObject("person_id", UUID.class), rs.getString("reason"),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                rs.getString("review_outcome"), rs.getString("review_note"));
    }
}
