package org.reachable.moments.rules;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.reachable.chronology.HistoryEvent;

/** A child's facts and events (oldest first), as rules see them. */
public record History(ChildFacts child, List<HistoryEvent> events) {

    public History {
        events = List.copyOf(events);
    }

    /** Matching events with {@code from < occurredAt <= to}, oldest first. */
    public List<HistoryEvent> between(Instant from, Instant to, Predicate<HistoryEvent> filter) {
        return events.stream()
                .filter(e -> e.occurredAt().isAfter(from) && !e.occurredAt().isAfter(to) && filter.test(e))
                .toList();
    }
}
