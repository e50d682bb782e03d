package org.reachable.moments.rules;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.reachable.chronology.HistoryEvent;

/** A rule held for a child: the pattern was complete at {@code anchor}, shown by {@code evidence}. */
public record RuleMatch(String ruleKey, Instant anchor, List<HistoryEvent> evidence) {

    public RuleMatch {
        evidence = evidence.stream().sorted(Comparator.comparing(HistoryEvent::occurredAt)).toList();
    }

    /** The evidence as sorted event ids (or the day judged, for a pattern with no events): one pattern, one alert. */
    public String fingerprint() {
        if (evidence.isEmpty()) {
            return "at:" + anchor;
        }
        return evidence.stream().map(e -> e.id().toString()).sorted().collect(Collectors.joining(","));
    }
}
