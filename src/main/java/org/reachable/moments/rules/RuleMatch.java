package org.reachable.moments.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.reachable.chronology.HistoryEvent;

/** A rule held for a child: the pattern was complete at {@code anchor}, shown by {@code evidence}. */
public record RuleMatch(String ruleKey, Instant anchor, List<HistoryEvent> evidence) {

    public RuleMatch {
        evidence = evidence.stream().sorted(Comparator.comparing(HistoryEvent::occurredAt)).toList();
    }

    /**
     * One pattern, one alert: the SHA-256 (hex) of the evidence's sorted event ids joined by commas (or of the day
     * judged, for a pattern with no events). Hashed so that a pattern over hundreds of events (a heavy child's
     * accumulating suspensions) still fits the unique index; V29 rewrote older, unhashed fingerprints the same way.
     */
    public String fingerprint() {
        String evidenceIds = evidence.isEmpty() ? "at:" + anchor
                : evidence.stream().map(e -> e.id().toString()).sorted().collect(Collectors.joining(","));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(evidenceIds.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
