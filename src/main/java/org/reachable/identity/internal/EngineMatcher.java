package org.reachable.identity.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.reachable.identity.Identifier;
import org.reachable.identity.MatchDecision;
import org.reachable.identity.PersonMatcher;
import org.reachable.identity.PersonToMatch;
import org.reachable.linkage.Candidate;
import org.reachable.linkage.LinkageIndex;
import org.reachable.linkage.PersonRecord;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The probabilistic linkage engine deciding live: each incoming person is scored against the register's index
 * ({@link RegisterIndex}) and decided by {@link LinkRules}. People decided new (or sent for review) earlier in the
 * same list are held in a small index of their own for the rest of the list, so they count as registered for the
 * people after them without entering the shared index before their transaction commits. Two queries a list: who
 * holds the incoming identifiers, and which identifiers the candidates hold.
 */
@Primary
@Component
class EngineMatcher implements PersonMatcher {

    static final int CANDIDATES = 3;

    private final RegisterIndex register;
    private final MatchRepository repository;
    private final LinkRules rules;

    EngineMatcher(RegisterIndex register, MatchRepository repository, ModelStore models) {
        this.register = register;
        this.repository = repository;
        this.rules = new LinkRules(models.settings());
    }

    @Override
    public List<MatchDecision> decide(List<PersonToMatch> people) {
        RegisterIndex.Engine engine = register.engine();
        List<PersonRecord> records = people.stream().map(LinkageRecords::of).toList();
        List<List<Candidate>> found = new ArrayList<>(people.size());
        for (PersonRecord record : records) {
            found.add(asChildren(engine.index().bestCandidates(record, CANDIDATES)));
        }
        LinkRules.Maps known = known(people, found);
        LinkageIndex batch = null;
        List<MatchDecision> decisions = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            PersonToMatch person = people.get(i);
            List<Candidate> candidates = found.get(i);
            if (batch != null) {
                candidates = best(candidates, batch.bestCandidates(records.get(i), CANDIDATES));
            }
            MatchDecision decision = rules.decide(person, candidates, known);
            if (!(decision instanceof MatchDecision.Linked)) {
                batch = batch == null ? LinkageIndex.create(engine.model()) : batch;
                batch.add(records.get(i));
                for (Identifier identifier : person.identifiers()) {
                    known.holders().putIfAbsent(LinkRules.Maps.key(identifier), person.proposedId());
                }
                known.identifiers().put(person.proposedId(), person.identifiers());
            }
            decisions.add(decision);
        }
        return decisions;
    }

    /** Holders of the incoming identifiers, and the identifiers of every holder and candidate. */
    private LinkRules.Maps known(List<PersonToMatch> people, List<List<Candidate>> found) {
        Map<String, UUID> holders = new HashMap<>();
        Set<UUID> involved = new HashSet<>();
        repository.currentHolders(people.stream().flatMap(p -> p.identifiers().stream()).distinct().toList())
                .forEach(h -> {
                    holders.put(h.scheme().name() + ":" + h.value(), h.personId());
                    involved.add(h.personId());
                });
        found.forEach(list -> list.forEach(c -> involved.add(UUID.fromString(c.recordId()))));
        Map<UUID, List<Identifier>> identifiers = new HashMap<>();
        repository.identifiersOf(involved).forEach(h -> identifiers.computeIfAbsent(h.personId(),
                k -> new ArrayList<>()).add(new Identifier(h.scheme(), h.value(), null)));
        return new LinkRules.Maps(holders, identifiers);
    }

    /** Candidates as the children they belong to (a merged record answers for its survivor), best one per child. */
    private List<Candidate> asChildren(List<Candidate> candidates) {
        List<Candidate> children = new ArrayList<>(candidates.size());
        Set<String> seen = new HashSet<>();
        for (Candidate c : candidates) {
            String child = register.childOf(UUID.fromString(c.recordId())).toString();
            if (seen.add(child)) {
                children.add(child.equals(c.recordId()) ? c
                        : new Candidate(child, c.probability(), c.matchWeight(), c.decision(), c.evidence()));
            }
        }
        return children;
    }

    private static List<Candidate> best(List<Candidate> a, List<Candidate> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<Candidate> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(Comparator.comparingDouble(Candidate::matchWeight).reversed());
        return all;
    }
}
