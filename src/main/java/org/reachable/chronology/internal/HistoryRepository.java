package org.reachable.chronology.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.reachable.chronology.EventType;
import org.reachable.chronology.HistoryEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads children's histories for rules: one child, or everyone streamed in person order. */
@Repository
public class HistoryRepository {

    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, person_id, type, organisation_id, recorded_by, occurred_at, details";

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final ObjectMapper json;

    HistoryRepository(JdbcClient jdbc, DataSource dataSource, ObjectMapper json) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        // PostgreSQL streams with a cursor only when a fetch size is set inside a transaction.
        this.streaming.setFetchSize(5_000);
        this.json = json;
    }

    public List<HistoryEvent> of(UUID personId) {
        return jdbc.sql("select " + COLUMNS + " from chronology_event where person_id = :personId"
                        + " order by occurred_at, id")
                .param("personId", personId).query(this::event).list();
    }

    public Map<UUID, List<HistoryEvent>> ofAll(Collection<UUID> personIds) {
        Map<UUID, List<HistoryEvent>> histories = new HashMap<>();
        if (personIds.isEmpty()) {
            return histories;
        }
        jdbc.sql("select " + COLUMNS + " from chronology_event where person_id = any(cast(:people as uuid[]))"
                        + " order by person_id, occurred_at, id")
                .param("people", personIds.toArray(UUID[]::new))
                .query(this::event).list()
                .forEach(e -> histories.computeIfAbsent(e.personId(), p -> new ArrayList<>()).add(e));
        return histories;
    }

    public void forEachChild(Consumer<List<HistoryEvent>> perChild) {
        List<HistoryEvent> current = new ArrayList<>();
        streaming.query("select " + COLUMNS + " from chronology_event order by person_id, occurred_at, id", rs -> {
            HistoryEvent event = event(rs, 0);
            if (!current.isEmpty() && !current.getFirst().personId().equals(event.personId())) {
                perChild.accept(List.copyOf(current));
                current.clear();
            }
            current.add(event);
        });
        if (!current.isEmpty()) {
            perChild.accept(List.copyOf(current));
        }
    }

    public Set<UUID> childrenWithEvents(Set<EventType> types, Instant from, Instant to) {
        return new HashSet<>(jdbc.sql("""
                        select distinct person_id from chronology_event
                        where type = any(cast(:types as text[])) and occurred_at >= :from and occurred_at < :to""")
                .param("types", types.stream().map(EventType::code).toArray(String[]::new))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(UUID.class).list());
    }

    public long childrenWithEvents() {
        return jdbc.sql("select count(distinct person_id) from chronology_event").query(Long.class).single();
    }

    private HistoryEvent event(ResultSet rs, int row) throws SQLException {
        return new HistoryEvent(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                EventType.fromCode(rs.getString("type")).orElseThrow(), rs.getObject("organisation_id", UUID.class),
                rs.getString("recorded_by"), rs.getTimestamp("occurred_at").toInstant(), details(rs.getString("details")));
    }

    private Map<String, String> details(String text) {
        try {
            return json.readValue(text, DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored event details are not valid JSON", e);
        }
    }
}
