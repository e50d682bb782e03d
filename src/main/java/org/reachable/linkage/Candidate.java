package org.reachable.linkage;

import java.util.List;

/** A record compared with another: who, how likely the same person, the decision and each field's evidence. */
public record Candidate(String recordId, double probability, double matchWeight, MatchDecision decision,
                        List<FieldEvidence> evidence) {
}
