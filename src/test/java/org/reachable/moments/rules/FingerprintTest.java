package org.reachable.moments.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reachable.chronology.EventType;
import org.reachable.chronology.HistoryEvent;
import org.reachable.support.ReachableTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A pattern's fingerprint stays small whatever its evidence (a heavy child's pattern over 500 events once overflowed
 * the unique index and rolled back a whole batch's judgement), names the same evidence in any order alike, and is the
 * hash V29 wrote over fingerprints stored before, so patterns found then are still recognised.
 */
@ReachableTest
class FingerprintTest {

    @Autowired
    JdbcClient jdbc;

    private static List<HistoryEvent> events(int count) {
        List<HistoryEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new HistoryEvent(UUID.randomUUID(), UUID.randomUUID(), EventType.SUSPENSION, UUID.randomUUID(),
                    "School", Instant.parse("2026-01-01T09:00:00Z").plusSeconds(i * 3600L), Map.of()));
        }
        return events;
    }

    @Test
    void aPatternOverHundredsOfEventsHasAShortFingerprintThatIgnoresOrder() {
        List<HistoryEvent> evidence = events(500);
        RuleMatch match = new RuleMatch("suspensions-accumulating", evidence.getLast().occurredAt(), evidence);
        RuleMatch reversed = new RuleMatch("suspensions-accumulating", evidence.getLast().occurredAt(),
                evidence.reversed());
        RuleMatch other = new RuleMatch("suspensions-accumulating", evidence.getLast().occurredAt(),
                evidence.subList(1, 500));

        assertThat(match.fingerprint()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(reversed.fingerprint()).isEqualTo(match.fingerprint());
        assertThat(other.fingerprint()).isNotEqualTo(match.fingerprint());
    }

    @Test
    void theFingerprintIsWhatTheMigrationWroteOverTheOldForm() {
        List<HistoryEvent> evidence = events(3);
        String oldForm = evidence.stream().map(e -> e.id().toString()).sorted().collect(Collectors.joining(","));
        String rewritten = jdbc.sql("select encode(sha256(convert_to(:old, 'UTF8')), 'hex')").param("old", oldForm)
                .query(String.class).single();

        assertThat(new RuleMatch("repeated-missing", evidence.getLast().occurredAt(), evidence).fingerprint())
                .isEqualTo(rewritten);
        Instant day = Instant.parse("2026-09-01T05:00:00Z");
        assertThat(new RuleMatch("starting-year-7", day, List.of()).fingerprint()).isEqualTo(jdbc.sql(
                "select encode(sha256(convert_to(:old, 'UTF8')), 'hex')").param("old", "at:" + day)
                .query(String.class).single());
    }
}
