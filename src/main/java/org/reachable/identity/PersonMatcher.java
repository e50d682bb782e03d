package org.reachable.identity;

import java.util.List;

/**
 * Decides whether incoming people are children already in the register. The one place the linkage rules live: the
 * probabilistic linkage engine scoring against the register ({@code identity.internal.EngineMatcher}, the
 * {@code @Primary} bean), with identity's rules for identifiers on top (see docs/linkage.md, "Live matching").
 */
public interface PersonMatcher {

    /**
     * One decision per person, in order. A person earlier in the list who is decided new (or sent for review) counts
     * as registered, under their {@link PersonToMatch#proposedId()}, for the people after them.
     */
    List<MatchDecision> decide(List<PersonToMatch> people);
}
