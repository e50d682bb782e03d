package org.reachable.moments;

import java.time.Instant;
import java.util.UUID;
import org.reachable.moments.rules.MomentRule;
import org.reachable.moments.rules.RuleParser;

/** One version of a rule as the partnership keeps it: its definition and who proposed and reviewed it. */
public record StoredRule(String key, int version, String definition, Status status, String changeReason,
                         UUID proposedBy, Instant proposedAt, UUID reviewedBy, Instant reviewedAt, String reviewNote) {

    public enum Status { PROPOSED, ACTIVE, RETIRED, REJECTED }

    public MomentRule rule() {
        return RuleParser.parse(definition);
    }
}
