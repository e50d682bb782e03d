package org.reachable.identity;

import java.util.List;

/**
 * Decides whether incoming people are children already in the register. The one place the linkage rules live: the
 * interim identifier-and-date-of-birth rules now, the probabilistic linkage engine later (its bean, marked
 * {@code @Primary}, replaces the interim one without changing any caller).
 */
public interface PersonMatcher {

    /**
     * One decision per person, in order. A person earlier in the list who is decided new (or sent for review) counts
     * as registered, under their {@link PersonToMatch#proposedId()}, for the people after them.
     */
    List<MatchDecision> decide(List<PersonToMatch> people);
}
