package org.reachable.identity;

import java.util.List;
import java.util.UUID;

/**
 * What a {@link PersonMatcher} decided about one incoming person, with the probability that they are the candidate and
 * the evidence in plain words, so that every automatic link can be explained.
 */
public sealed interface MatchDecision {

    double probability();

    List<String> evidence();

    /** The same child as {@code personId}: certain enough to link without a person deciding. */
    record Linked(UUID personId, double probability, List<String> evidence) implements MatchDecision {
    }

    /** Possibly the same child as {@code candidateId}: a person must decide. */
    record Review(UUID candidateId, double probability, List<String> evidence) implements MatchDecision {
    }

    /** Nobody like them is known. */
    record NewPerson(double probability, List<String> evidence) implements MatchDecision {
    }
}
