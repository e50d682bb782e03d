package org.reachable.chronology.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.reachable.chronology.ChronologyEvent;
import org.reachable.chronology.EventType;
import org.reachable.chronology.Sensitivity;
import org.reachable.platform.database.BulkCopy;
import org.reachable.platform.database.TransactionSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The chronology module's tables: events and when each user last looked at each child. */
@Repository
public class ChronologyRepository {

    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            id, person_id, type, type_version, organisation_id, recorded_by, recorder_user_id, occurred_at,
            recorded_at, received_at, source_system, source_ref, sensitivity, summary, child_words, details""";

    private final JdbcClient jdbc;
    private final BulkCopy bulk;
    private final ObjectMapper json;
    private final TransactionSettings settings;

    ChronologyRepository(JdbcClient jdbc, BulkCopy bulk, ObjectMapper json, TransactionSettings settings) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.json = json;
        this.settings = settings;
    }

    /**
     * One page of a child's events matching the filter, in time order. Filters that are null do not apply; type
     * codes and organisation ids are matched as sets.
     */
    public List<ChronologyEvent> page(UUID personId, EventFilter filter, boolean newestFirst, int limit, int offset) {
        String order = newestFirst ? " order by occurred_at desc, id desc" : " order by occurred_at, id";
        return jdbc.sql("select " + COLUMNS + " from chronology_event where " + FILTER + order
                        + " limit :limit offset :offset")
                .paramSource(filter.parameters(personId).addValue("limit", limit).addValue("offset", offset))
                .query(this::event).list();
    }

    public long count(UUID personId, EventFilter filter) {
        return jdbc.sql("select count(*) from chronology_event where " + FILTER)
                .paramSource(filter.parameters(personId)).query(Long.class).single();
    }

    /** The organisations and types present in a child's chronology, for the filter choices. */
    public List<Map<String, Object>> facets(UUID personId) {
        return jdbc.sql("""
                        select organisation_id, type, count(*) as n from chronology_event
                        where person_id = :personId group by organisation_id, type""")
                .param("personId", personId).query().listOfRows();
    }

    /**
     * The raw material of the key-facts panel, newest first: the latest event of each of the given types, plus every
     * event of those types since {@code recentSince}. Far fewer rows than the whole history of a child known to many
     * agencies, and enough for every fact (see KeyFactsCalculator).
     */
    public List<ChronologyEvent> latestOfTypes(UUID personId, Set<EventType> types, Instant recentSince) {
        return jdbc.sql("""
                        select * from (
                            select distinct on (type) %1$s from chronology_event
                            where person_id = :personId and type in (:types)
                            order by type, occurred_at desc, id desc) latest
                        union
                        select %1$s from chronology_event
                        where person_id = :personId and type in (:types) and occurred_at >= :since
                        order by occurred_at desc, id desc""".formatted(COLUMNS))
                .param("personId", personId).param("types", types.stream().map(EventType::code).toList())
                .param("since", Timestamp.from(recentSince))
                .query(this::event).list();
    }

    public long countReceivedSince(UUID personId, Instant since) {
        return jdbc.sql("select count(*) from chronology_event where person_id = :personId and received_at > :since")
                .param("personId", personId).param("since", Timestamp.from(since)).query(Long.class).single();
    }

    public Optional<Instant> lastViewed(UUID userId, UUID personId) {
        return jdbc.sql("select viewed_at from chronology_last_viewed where user_id = :u and person_id = :p")
                .param("u", userId).param("p", personId)
                .query((rs, n) -> rs.getTimestamp("viewed_at").toInstant()).optional();
    }

    /**
     * Remembers when this person last looked. Committed without waiting for the disk: losing the last fraction of a
     * second of "last viewed" in a crash only shows a few entries as new again, and not waiting keeps a flush out of
     * every page view (the audit row for the same view is still flushed before the page is shown).
     */
    @Transactional
    public void markViewed(UUID userId, UUID personId, Instant at) {
        settings.commitWithoutWaiting();
        jdbc.sql("""
                        insert into chronology_last_viewed (user_id, person_id, viewed_at) values (:u, :p, :at)
                        on conflict (user_id, person_id) do update set viewed_at = excluded.viewed_at""")
                .param("u", userId).param("p", personId).param("at", Timestamp.from(at)).update();
    }

    public Optional<ChronologyEvent> bySource(String sourceSystem, String sourceRef) {
        return jdbc.sql("select " + COLUMNS + " from chronology_event where source_system = :s and source_ref = :r")
                .param("s", sourceSystem).param("r", sourceRef).query(this::event).optional();
    }

    public List<ChronologyEvent> recordedBy(UUID userId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from chronology_event where recorder_user_id = :u "
                        + "order by received_at desc limit :limit")
                .param("u", userId).param("limit", limit).query(this::event).list();
    }

    /** When anyone other than the recorder last opened the child's record after the event arrived, if they have. */
    public Optional<Instant> firstSeenAfter(UUID personId, Instant receivedAt, UUID exceptUser) {
        return jdbc.sql("""
                        select min(viewed_at) from chronology_last_viewed
                        where person_id = :p and viewed_at >= :at and user_id <> :u""")
                .param("p", personId).param("at", Timestamp.from(receivedAt)).param("u", exceptUser)
                .query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
                .optional();
    }

    public void insert(ChronologyEvent e) {
        insertAll(List.of(e));
    }

    public void insertAll(Collection<ChronologyEvent> events) {
        bulk.copy("copy chronology_event (" + COLUMNS + ") from stdin (format csv)",
                () -> events.stream().map(e -> new Object[] {e.id(), e.personId(), e.type().code(), e.typeVersion(),
                        e.organisationId(), e.recordedBy(), e.recorderUserId(), e.occurredAt(), e.recordedAt(),
                        e.receivedAt(), e.sourceSystem(), e.sourceRef(), e.sensitivity().name(), e.summary(),
                        e.childWords(), toJson(e.details())}).iterator());
    }

    /** Events from feeds, with the file and line they came from (provenance columns beyond the base insert). */
    public void insertAllWithProvenance(Collection<org.reachable.chronology.ReceivedEvent> events) {
        bulk.copy("copy chronology_event (" + COLUMNS + ", source_file, source_line) from stdin (format csv)",
                () -> events.stream().map(r -> {
                    org.reachable.chronology.CheckedEvent e = r.event();
                    return new Object[] {r.id(), r.personId(), e.type().code(), e.type().version(),
                            r.organisationId(), r.recordedBy(), null, e.occurredAt(), e.recordedAt(), r.receivedAt(),
                            r.sourceSystem(), r.sourceRef(), e.sensitivity().name(), e.summary(), e.childWords(),
                            toJson(e.details()), r.sourceFile(), r.sourceLine()};
                }).iterator());
    }

    public record MonthRow(java.time.LocalDate month, String type, long count) {
    }

    /** Borough-wide counts by month (London time) and type. */
    public List<MonthRow> monthlyCounts(java.time.LocalDate from, java.time.LocalDate toExclusive) {
        return jdbc.sql("""
                        select cast(date_trunc('month', occurred_at at time zone 'Europe/London') as date) as month,
                               type, count(*) as n
                        from chronology_event
                        where occurred_at >= cast(:from as date) and occurred_at < cast(:to as date)
                        group by 1, 2 order by 1, 2""")
                .param("from", java.sql.Date.valueOf(from)).param("to", java.sql.Date.valueOf(toExclusive))
                .query((rs, n) -> new MonthRow(rs.getDate("month").toLocalDate(), rs.getString("type"),
                        rs.getLong("n")))
                .list();
    }

    public long countAll() {
        return jdbc.sql("select count(*) from chronology_event").query(Long.class).single();
    }

    private static final String FILTER = """
            person_id = :personId
            and (cast(:types as text[]) is null or type = any(cast(:types as text[])))
            and (cast(:organisations as uuid[]) is null or organisation_id = any(cast(:organisations as uuid[])))
            and (cast(:from as timestamptz) is null or occurred_at >= cast(:from as timestamptz))
            and (cast(:to as timestamptz) is null or occurred_at < cast(:to as timestamptz))""";

    private ChronologyEvent event(ResultSet rs, int row) throws SQLException {
        return new ChronologyEvent(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                EventType.fromCode(rs.getString("type")).orElseThrow(), rs.getInt("type_version"),
                rs.getObject("organisation_id", UUID.class), rs.getString("recorded_by"),
                rs.getObject("recorder_user_id", UUID.class), rs.getTimestamp("occurred_at").toInstant(),
                rs.getTimestamp("recorded_at").toInstant(), rs.getTimestamp("received_at").toInstant(),
                rs.getString("source_system"), rs.getString("source_ref"),
                Sensitivity.valueOf(rs.getString("sensitivity")), rs.getString("summary"),
                rs.getString("child_words"), fromJson(rs.getString("details")));
    }

    private String toJson(Map<String, String> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event details cannot be written as JSON", e);
        }
    }

    private Map<String, String> fromJson(String text) {
        try {
            return json.readValue(text, DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored event details are not valid JSON", e);
        }
    }
}
