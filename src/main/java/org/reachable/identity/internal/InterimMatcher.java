package org.reachable.identity.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.reachable.identity.Identifier;
import org.reachable.identity.IdentifierScheme;
import org.reachable.identity.MatchDecision;
import org.reachable.identity.PersonMatcher;
import org.reachable.identity.PersonName;
import org.reachable.identity.PersonToMatch;
import org.springframework.stereotype.Component;

/**
 * The interim linkage rules, until the probabilistic engine replaces them. Deliberately cautious, because a wrong
 * link shows one child another child's history:
 * <ul>
 *   <li>an identifier (NHS number, UPN or an agency reference of the same scheme) held by a child with the same date
 *   of birth: linked;</li>
 *   <li>an identifier held by a child with a different date of birth, identifiers pointing at different children, or
 *   the same name and date of birth with no identifier in common: review;</li>
 *   <li>otherwise, or when the only candidate holds a different NHS number or UPN: a new child.</li>
 * </ul>
 * Candidates are fetched once per batch (two or three queries), and people earlier in the batch count as registered.
 */
@Component
class InterimMatcher implements PersonMatcher {

    static final double LINKED = 0.999;
    static final double SAME_NAME_AND_BIRTH = 0.8;
    static final double IDENTIFIER_OTHER_BIRTH = 0.6;
    static final double CONFLICTING_IDENTIFIERS = 0.5;

    private final MatchRepository repository;

    InterimMatcher(MatchRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<MatchDecision> decide(List<PersonToMatch> people) {
        Candidates candidates = Candidates.load(people, repository);
        List<MatchDecision> decisions = new ArrayList<>(people.size());
        for (PersonToMatch person : people) {
            MatchDecision decision = decide(person, candidates);
            if (!(decision instanceof MatchDecision.Linked)) {
                candidates.add(person);
            }
            decisions.add(decision);
        }
        return decisions;
    }

    private static MatchDecision decide(PersonToMatch p, Candidates c) {
        List<MatchRepository.Holder> byIdentifier = p.identifiers().stream()
                .map(c::holder).filter(java.util.Objects::nonNull).toList();
        if (!byIdentifier.isEmpty()) {
            return byIdentifier(p, byIdentifier);
        }
        Set<UUID> sameName = new LinkedHashSet<>();
        Set<String> keys = new java.util.HashSet<>();
        p.allNames().forEach(n -> keys.add(nameKey(n.givenNames(), n.familyName())));
        for (MatchRepository.NameRow row : c.bornOn(p.dateOfBirth())) {
            if (keys.contains(nameKey(row.givenNames(), row.familyName()))) {
                sameName.add(row.personId());
            }
        }
        List<String> excluded = new ArrayList<>();
        for (UUID candidate : sameName) {
            List<String> conflicts = conflicts(p, c.identifiersOf(candidate));
            if (conflicts.isEmpty()) {
                return new MatchDecision.Review(candidate, SAME_NAME_AND_BIRTH, List.of(
                        "Same name and date of birth (" + p.dateOfBirth() + ") as a child in the register",
                        "No identifier in common: a person must decide whether they are the same child"));
            }
            excluded.addAll(conflicts);
        }
        if (!excluded.isEmpty()) {
            List<String> evidence = new ArrayList<>();
            evidence.add("A child in the register has the same name and date of birth, but:");
            evidence.addAll(excluded);
            return new MatchDecision.NewPerson(0.01, evidence);
        }
        return new MatchDecision.NewPerson(0.0, List.of(
                "No child in the register has any of these identifiers, or the same name and date of birth"));
    }

    private static MatchDecision byIdentifier(PersonToMatch p, List<MatchRepository.Holder> holders) {
        Set<UUID> people = new LinkedHashSet<>();
        holders.forEach(h -> people.add(h.personId()));
        List<String> evidence = new ArrayList<>();
        holders.forEach(h -> evidence.add(h.scheme().label() + " " + h.value() + " is held by a child in the register"
                + (h.dateOfBirth().equals(p.dateOfBirth()) ? " with the same date of birth (" + h.dateOfBirth() + ")"
                : " with a different date of birth (" + h.dateOfBirth() + ", not " + p.dateOfBirth() + ")")));
        if (people.size() > 1) {
            evidence.add("The identifiers point to " + people.size() + " different children");
            return new MatchDecision.Review(holders.getFirst().personId(), CONFLICTING_IDENTIFIERS, evidence);
        }
        MatchRepository.Holder holder = holders.getFirst();
        if (holders.stream().allMatch(h -> h.dateOfBirth().equals(p.dateOfBirth()))) {
            return new MatchDecision.Linked(holder.personId(), LINKED, evidence);
        }
        return new MatchDecision.Review(holder.personId(), IDENTIFIER_OTHER_BIRTH, evidence);
    }

    /** Strong evidence against: the candidate holds a different NHS number or UPN from the incoming person's. */
    private static List<String> conflicts(PersonToMatch p, List<Identifier> candidateIdentifiers) {
        List<String> conflicts = new ArrayList<>();
        for (Identifier mine : p.identifiers()) {
            if (mine.scheme() != IdentifierScheme.NHS && mine.scheme() != IdentifierScheme.UPN) {
                continue;
            }
            candidateIdentifiers.stream().filter(theirs -> theirs.scheme() == mine.scheme()
                            && !theirs.value().equals(mine.value())).findFirst()
                    .ifPresent(theirs -> conflicts.add("they have a different " + mine.scheme().label()
                            + ": strong evidence they are different children"));
        }
        return conflicts;
    }

    static String nameKey(String given, String family) {
        String first = given == null ? "" : given.strip().split("\\s+")[0];
        return letters(first) + "|" + letters(family);
    }

    private static String letters(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return plain.replaceAll("[^\\p{IsAlphabetic}]", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** The register as far as this batch is concerned, plus the people registered earlier in the batch. */
    private static final class Candidates {
        private final Map<String, MatchRepository.Holder> holders = new HashMap<>();
        private final Map<LocalDate, List<MatchRepository.NameRow>> names = new HashMap<>();
        private final Map<UUID, List<Identifier>> identifiers = new HashMap<>();

        static Candidates load(List<PersonToMatch> people, MatchRepository repository) {
            Candidates c = new Candidates();
            repository.holders(people.stream().flatMap(p -> p.identifiers().stream()).distinct().toList())
                    .forEach(h -> c.holders.put(key(h.scheme(), h.value()), h));
            Set<LocalDate> days = new java.util.HashSet<>();
            people.forEach(p -> days.add(p.dateOfBirth()));
            List<MatchRepository.NameRow> rows = repository.namesBornOn(days);
            rows.forEach(r -> c.names.computeIfAbsent(r.dateOfBirth(), d -> new ArrayList<>()).add(r));
            Set<UUID> named = new java.util.HashSet<>();
            rows.forEach(r -> named.add(r.personId()));
            repository.identifiersOf(named).forEach(h -> c.identifiers.computeIfAbsent(h.personId(),
                    k -> new ArrayList<>()).add(new Identifier(h.scheme(), h.value(), null)));
            return c;
        }

        MatchRepository.Holder holder(Identifier identifier) {
            return holders.get(key(identifier.scheme(), identifier.value()));
        }

        List<MatchRepository.NameRow> bornOn(LocalDate day) {
            return names.getOrDefault(day, List.of());
        }

        List<Identifier> identifiersOf(UUID person) {
            return identifiers.getOrDefault(person, List.of());
        }

        void add(PersonToMatch p) {
            for (Identifier i : p.identifiers()) {
                holders.putIfAbsent(key(i.scheme(), i.value()),
                        new MatchRepository.Holder(i.scheme(), i.value(), p.proposedId(), p.dateOfBirth()));
                identifiers.computeIfAbsent(p.proposedId(), k -> new ArrayList<>()).add(i);
            }
            for (PersonName n : p.allNames()) {
                names.computeIfAbsent(p.dateOfBirth(), d -> new ArrayList<>()).add(
                        new MatchRepository.NameRow(p.proposedId(), p.dateOfBirth(), n.givenNames(), n.familyName()));
            }
        }

        private static String key(IdentifierScheme scheme, String value) {
            return scheme.name() + ":" + value;
        }
    }
}
