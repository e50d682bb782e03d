package org.reachable.context.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reachable.context.Context;
import org.reachable.context.ContextAction;
import org.reachable.context.ContextKind;
import org.reachable.context.ContextStage;
import org.reachable.context.StageNote;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contexts, their stage notes and their plans' actions (context_subject, context_stage_note, context_action). */
@Repository
public class ContextRepository {

    private static final String SELECT = """
            select id, kind, name, description, stage, latitude, longitude, area_geojson, platform, handle,
                   referred_by, created_at, updated_at, version
            from context_subject""";

    private final JdbcClient jdbc;

    ContextRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Context c, UUID createdBy) {
        jdbc.sql("""
                        insert into context_subject (id, kind, name, description, stage, latitude, longitude,
                            area_geojson, platform, handle, referred_by, created_by, created_at, updated_at)
                        values (:id, :kind, :name, :description, :stage, :lat, :lon, :area, :platform, :handle,
                            :referredBy, :createdBy, :at, :at)""")
                .param("id", c.id()).param("kind", c.kind().name()).param("name", c.name())
                .param("description", c.description()).param("stage", c.stage().name())
                .param("lat", c.latitude()).param("lon", c.longitude()).param("area", c.areaGeoJson())
                .param("platform", c.platform()).param("handle", c.handle()).param("referredBy", c.referredBy())
                .param("createdBy", createdBy).param("at", Timestamp.from(c.createdAt())).update();
    }

    public Optional<Context> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(ContextRepository::context).optional();
    }

    public List<Context> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where id in (:ids)").param("ids", ids).query(ContextRepository::context).list();
    }

    /** Contexts of the given kinds, open ones first, by name. */
    public List<Context> list(Collection<ContextKind> kinds, int limit) {
        return jdbc.sql(SELECT + " " + """
                         where kind in (:kinds)
                         order by (stage = 'CLOSED'), kind, name limit :limit""")
                .param("kinds", kinds.stream().map(Enum::name).toList()).param("limit", limit)
                .query(ContextRepository::context).list();
    }

    /** Moves the context to a stage if nobody changed it since {@code version} was read. */
    public boolean changeStage(UUID id, ContextStage stage, int version, Instant at) {
        return jdbc.sql("""
                        update context_subject set stage = :stage, updated_at = :at, version = version + 1
                        where id = :id and version = :version""")
                .param("id", id).param("stage", stage.name()).param("version", version)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    public void insertNote(UUID contextId, StageNote n, UUID recordedBy) {
        jdbc.sql("""
                        insert into context_stage_note (id, context_id, stage, note, dynamics, influence, places_used,
                            recorded_by, recorded_by_name, recorded_at)
                        values (:id, :context, :stage, :note, :dynamics, :influence, :places, :by, :byName, :at)""")
                .param("id", n.id()).param("context", contextId).param("stage", n.stage().name())
                .param("note", n.note()).param("dynamics", n.dynamics()).param("influence", n.influence())
                .param("places", n.placesUsed()).param("by", recordedBy).param("byName", n.recordedBy())
                .param("at", Timestamp.from(n.recordedAt())).update();
    }

    public List<StageNote> notes(UUID contextId) {
        return jdbc.sql("""
                        select id, stage, note, dynamics, influence, places_used, recorded_by_name, recorded_at
                        from context_stage_note where context_id = :id order by recorded_at, id""")
                .param("id", contextId)
                .query((rs, n) -> new StageNote(rs.getObject("id", UUID.class),
                        ContextStage.valueOf(rs.getString("stage")), rs.getString("note"), rs.getString("dynamics"),
                        rs.getString("influence"), rs.getString("places_used"), rs.getString("recorded_by_name"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    public void insertAction(ContextAction a, UUID createdBy) {
        jdbc.sql("""
                        insert into context_action (id, context_id, agency, owner, description, due_on, status,
                            created_by, created_at, updated_at)
                        values (:id, :context, :agency, :owner, :description, :due, :status, :by, :at, :at)""")
                .param("id", a.id()).param("context", a.contextId()).param("agency", a.agency())
                .param("owner", a.owner()).param("description", a.description()).param("due", a.dueOn())
                .param("status", a.status()).param("by", createdBy).param("at", Timestamp.from(a.createdAt()))
                .update();
    }

    public boolean changeActionStatus(UUID contextId, UUID actionId, String status, Instant at) {
        return jdbc.sql("""
                        update context_action set status = :status, updated_at = :at
                        where id = :id and context_id = :context""")
                .param("id", actionId).param("context", contextId).param("status", status)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    public List<ContextAction> actions(UUID contextId) {
        return jdbc.sql("""
                        select id, context_id, agency, owner, description, due_on, status, created_at
                        from context_action where context_id = :id order by due_on, id""")
                .param("id", contextId)
                .query((rs, n) -> new ContextAction(rs.getObject("id", UUID.class),
                        rs.getObject("context_id", UUID.class), rs.getString("agency"), rs.getString("owner"),
                        rs.getString("description"), rs.getObject("due_on", LocalDate.class), rs.getString("status"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    static Context context(ResultSet rs, int row) throws SQLException {
        return new Context(rs.getObject("id", UUID.class), ContextKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("description"), ContextStage.valueOf(rs.getString("stage")),
                (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"), rs.getString("area_geojson"),
                rs.getString("platform"), rs.getString("handle"), rs.getString("referred_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }
}
