package org.reachable.context.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reachable.context.Challenge;
import org.reachable.context.ContextKind;
import org.reachable.context.Link;
import org.reachable.context.Relation;
import org.reachable.context.Strength;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Links between children and contexts, their challenges, and the network walk (context_link*). */
@Repository
public class LinkRepository {

    private static final String COLUMNS = """
            l.id, l.from_id, l.from_child, l.to_id, l.to_child, l.context_id, l.relation, l.protective, l.strength,
            l.source, l.stated_by, l.stated_on, l.review_by, l.status, l.recorded_at, l.reviewed_at""";

    /**
     * The two-hop neighbourhood of a node in one statement: links touching the node (hop 1), then links touching any
     * node one hop away (hop 2), walking each link from either end through the partial indexes on (from_id,
     * review_by) and (to_id, review_by). Only links that are not ended and not past their review date are walked.
     * Each context end comes with its kind and name, so the caller needs no second query.
     */
    private static final String NEIGHBOURHOOD = """
            with hop1 as (
                select l.*, l.to_id as node from context_link l
                where l.from_id = :centre and l.status <> 'ENDED' and l.review_by >= :today
                union all
                select l.*, l.from_id as node from context_link l
                where l.to_id = :centre and l.status <> 'ENDED' and l.review_by >= :today
            ), near as (
                select distinct node from hop1
            ), hop2 as (
                select l.* from near n join context_link l on l.from_id = n.node
                where l.status <> 'ENDED' and l.review_by >= :today
                union all
                select l.* from near n join context_link l on l.to_id = n.node
                where l.status <> 'ENDED' and l.review_by >= :today
            ), walked as (
                select distinct on (id) * from (
                    select 1 as hop, id, from_id, from_child, to_id, to_child, context_id, relation, protective,
                           strength, source, stated_by, stated_on, review_by, status, recorded_at, reviewed_at
                    from hop1
                    union all
                    select 2, id, from_id, from_child, to_id, to_child, context_id, relation, protective,
                           strength, source, stated_by, stated_on, review_by, status, recorded_at, reviewed_at
                    from hop2
                ) both_hops order by id, hop
            )
            select l.hop, %s,
                   fc.kind as from_kind, fc.name as from_name, tc.kind as to_kind, tc.name as to_name
            from walked l
            left join context_subject fc on not l.from_child and fc.id = l.from_id
            left join context_subject tc on not l.to_child and tc.id = l.to_id
            order by l.hop, l.id
            limit :limit""".formatted(COLUMNS);

    private final JdbcClient jdbc;

    LinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A walked link, with the kind and name of each end that is a context (null for a child). */
    public record Walked(int hop, Link link, ContextKind fromKind, String fromName, ContextKind toKind,
                         String toName) {
    }

    public List<Walked> neighbourhood(UUID centre, LocalDate today, int limit) {
        return jdbc.sql(NEIGHBOURHOOD).param("centre", centre).param("today", today).param("limit", limit)
                .query((rs, n) -> new Walked(rs.getInt("hop"), link(rs, n), kind(rs.getString("from_kind")),
                        rs.getString("from_name"), kind(rs.getString("to_kind")), rs.getString("to_name")))
                .list();
    }

    public void insert(Link l, UUID recordedBy) {
        jdbc.sql("""
                        insert into context_link (id, from_id, from_child, to_id, to_child, context_id, relation,
                            protective, strength, source, stated_by, stated_on, review_by, status, recorded_by,
                            recorded_at)
                        values (:id, :fromId, :fromChild, :toId, :toChild, :context, :relation, :protective,
                            :strength, :source, :statedBy, :statedOn, :reviewBy, :status, :by, :at)""")
                .param("id", l.id()).param("fromId", l.fromId()).param("fromChild", l.fromChild())
                .param("toId", l.toId()).param("toChild", l.toChild()).param("context", l.contextId())
                .param("relation", l.relation().name()).param("protective", l.protective())
                .param("strength", l.strength().name()).param("source", l.source()).param("statedBy", l.statedBy())
                .param("statedOn", l.statedOn()).param("reviewBy", l.reviewBy()).param("status", l.status())
                .param("by", recordedBy).param("at", Timestamp.from(l.recordedAt())).update();
    }

    public Optional<Link> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from context_link l where l.id = :id").param("id", id)
                .query(LinkRepository::link).optional();
    }

    /** Every link that belongs to a context or touches it, expired and ended ones included (the context page). */
    public List<Link> ofContext(UUID contextId) {
        return jdbc.sql("select " + COLUMNS + " " + """
                         from context_link l
                         where l.context_id = :id or l.from_id = :id or l.to_id = :id
                         order by l.status = 'ENDED', l.review_by desc, l.id""")
                .param("id", contextId).query(LinkRepository::link).list();
    }

    public boolean changeStatus(UUID id, String from, String to) {
        return jdbc.sql("update context_link set status = :to where id = :id and status = :from")
                .param("id", id).param("from", from).param("to", to).update() == 1;
    }

    public boolean review(UUID id, LocalDate reviewBy, Instant at) {
        return jdbc.sql("""
                        update context_link set review_by = :reviewBy, reviewed_at = :at
                        where id = :id and status <> 'ENDED'""")
                .param("id", id).param("reviewBy", reviewBy).param("at", Timestamp.from(at)).update() == 1;
    }

    public void insertChallenge(Challenge c, UUID raisedBy) {
        jdbc.sql("""
                        insert into context_link_challenge (id, link_id, reason, raised_by, raised_by_name, raised_at)
                        values (:id, :link, :reason, :by, :byName, :at)""")
                .param("id", c.id()).param("link", c.linkId()).param("reason", c.reason()).param("by", raisedBy)
                .param("byName", c.raisedBy()).param("at", Timestamp.from(c.raisedAt())).update();
    }

    /** Who raised the link's open challenges. */
    public List<UUID> openChallengers(UUID linkId) {
        return jdbc.sql("select raised_by from context_link_challenge where link_id = :link and resolved_at is null")
                .param("link", linkId).query(UUID.class).list();
    }

    public boolean resolveChallenges(UUID linkId, String outcome, String resolution, String by, Instant at) {
        return jdbc.sql("""
                        update context_link_challenge set outcome = :outcome, resolution = :resolution,
                            resolved_by_name = :by, resolved_at = :at
                        where link_id = :link and resolved_at is null""")
                .param("link", linkId).param("outcome", outcome).param("resolution", resolution).param("by", by)
                .param("at", Timestamp.from(at)).update() > 0;
    }

    public List<Challenge> challengesOfContext(UUID contextId) {
        return jdbc.sql("""
                        select c.id, c.link_id, c.reason, c.raised_by_name, c.raised_at, c.outcome, c.resolution,
                               c.resolved_by_name, c.resolved_at
                        from context_link_challenge c join context_link l on l.id = c.link_id
                        where l.context_id = :id or l.from_id = :id or l.to_id = :id
                        order by c.raised_at""")
                .param("id", contextId)
                .query((rs, n) -> new Challenge(rs.getObject("id", UUID.class), rs.getObject("link_id", UUID.class),
                        rs.getString("reason"), rs.getString("raised_by_name"),
                        rs.getTimestamp("raised_at").toInstant(), rs.getString("outcome"), rs.getString("resolution"),
                        rs.getString("resolved_by_name"),
                        rs.getTimestamp("resolved_at") == null ? null : rs.getTimestamp("resolved_at").toInstant()))
                .list();
    }

    static Link link(ResultSet rs, int row) throws SQLException {
        return new Link(rs.getObject("id", UUID.class), rs.getObject("from_id", UUID.class),
                rs.getBoolean("from_child"), rs.getObject("to_id", UUID.class), rs.getBoolean("to_child"),
                rs.getObject("context_id", UUID.class), Relation.valueOf(rs.getString("relation")),
                rs.getBoolean("protective"), Strength.valueOf(rs.getString("strength")), rs.getString("source"),
                rs.getString("stated_by"), rs.getObject("stated_on", LocalDate.class),
                rs.getObject("review_by", LocalDate.class), rs.getString("status"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getTimestamp("reviewed_at") == null ? null : rs.getTimestamp("reviewed_at").toInstant());
    }

    private static ContextKind kind(String code) {
        return code == null ? null : ContextKind.valueOf(code);
    }
}
