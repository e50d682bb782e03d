package org.reachable.identity.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.reachable.identity.Identifier;
import org.reachable.identity.IdentifierScheme;
import org.reachable.identity.MatchDecision;
import org.reachable.identity.PersonToMatch;
import org.reachable.linkage.Candidate;
import org.reachable.linkage.FieldEvidence;
import org.reachable.linkage.IdentifierCheck;
import org.reachable.linkage.LinkageSettings;

/**
 * Turns the engine's candidates for one incoming person into a decision. The engine's probability decides (link at
 * or above the upper threshold, review between the two, otherwise a new child), with three rules on top, because a
 * wrong link shows one child another child's history:
 * <ul>
 *   <li>identifiers the person holds that point at two or more children in the register: review;</li>
 *   <li>an identifier held by a child the engine does not link the person to (a different date of birth, a different
 *   name): review with that child, never a new child and never a silent link;</li>
 *   <li>a candidate holding a different valid NHS number or UPN is never linked automatically (two valid numbers
 *   differ only for two different children; a typing error fails the check digit): review at most.</li>
 * </ul>
 */
final class LinkRules {

    private final LinkageSettings settings;
    private final IdentifierCheck check;

    LinkRules(LinkageSettings settings) {
        this.settings = settings;
        this.check = settings.check();
    }

    /** What the register (and the batch so far) knows about the identifiers involved. */
    interface Known {
        /** The children holding this identifier (at most one in the register, one more from the batch). */
        UUID holder(Identifier identifier);

        List<Identifier> identifiersOf(UUID person);
    }

    MatchDecision decide(PersonToMatch person, List<Candidate> candidates, Known known) {
        Set<UUID> holders = new LinkedHashSet<>();
        List<String> held = new ArrayList<>();
        for (Identifier identifier : person.identifiers()) {
            UUID holder = known.holder(identifier);
            if (holder != null) {
                holders.add(holder);
                held.add(identifier.scheme().label() + " " + identifier.value() + " is held by a child in the register");
            }
        }
        if (holders.size() > 1) {
            UUID first = holders.iterator().next();
            Candidate c = find(candidates, first);
            List<String> evidence = new ArrayList<>(held);
            evidence.add("The identifiers point to " + holders.size() + " different children: a person must decide");
            evidence.addAll(words(c));
            return new MatchDecision.Review(first, c == null ? settings.reviewThreshold() : c.probability(),
                    evidence);
        }
        if (holders.size() == 1) {
            UUID holder = holders.iterator().next();
            Candidate c = find(candidates, holder);
            List<String> conflicts = conflicts(person, known.identifiersOf(holder));
            List<String> evidence = new ArrayList<>(held);
            if (c != null && c.decision() == org.reachable.linkage.MatchDecision.LINK && conflicts.isEmpty()) {
                evidence.add(headline(c));
                evidence.addAll(words(c));
                return new MatchDecision.Linked(holder, c.probability(), evidence);
            }
            evidence.addAll(conflicts);
            evidence.add(c == null
                    ? "The other details disagree (match probability below " + settings.reviewThreshold()
                    + "): a person must decide whether the identifier or the details are wrong"
                    : headline(c) + "; not enough to link without a person deciding");
            evidence.addAll(words(c));
            return new MatchDecision.Review(holder, c == null ? settings.reviewThreshold() : c.probability(),
                    evidence);
        }
        if (candidates.isEmpty()) {
            return new MatchDecision.NewPerson(0.0, List.of("No child in the register is likely to be the same "
                    + "(every one compared is below " + percent(settings.reviewThreshold()) + ")"));
        }
        Candidate best = candidates.getFirst();
        UUID id = UUID.fromString(best.recordId());
        List<String> conflicts = conflicts(person, known.identifiersOf(id));
        List<String> evidence = new ArrayList<>();
        evidence.add(headline(best));
        evidence.addAll(conflicts);
        evidence.addAll(words(best));
        if (best.decision() == org.reachable.linkage.MatchDecision.LINK && conflicts.isEmpty()) {
            return new MatchDecision.Linked(id, best.probability(), evidence);
        }
        if (best.decision() == org.reachable.linkage.MatchDecision.LINK) {
            evidence.add(1, "Not linked automatically: a different valid number means a different child unless "
                    + "one was recorded against the wrong child");
        }
        return new MatchDecision.Review(id, best.probability(), evidence);
    }

    /** Strong evidence against: the candidate holds a different valid NHS number or UPN from the person's. */
    List<String> conflicts(PersonToMatch person, List<Identifier> theirs) {
        List<String> conflicts = new ArrayList<>();
        for (Identifier mine : person.identifiers()) {
            String scheme = mine.scheme().name();
            if (!check.hasCheckDigit(scheme) || !check.isValid(scheme, mine.value())) {
                continue;
            }
            theirs.stream().filter(t -> t.scheme() == mine.scheme() && !t.value().equals(mine.value())
                            && check.isValid(scheme, t.value())).findFirst()
                    .ifPresent(t -> conflicts.add("They have a different " + label(mine.scheme())
                            + " (both valid): strong evidence they are different children"));
        }
        return conflicts;
    }

    private String headline(Candidate c) {
        return "Match probability " + percent(c.probability()) + " (linked automatically from "
                + percent(settings.linkThreshold()) + ", reviewed from " + percent(settings.reviewThreshold()) + ")";
    }

    /** Each compared field's evidence in words; fields not recorded on both sides say nothing and are left out. */
    static List<String> words(Candidate c) {
        if (c == null) {
            return List.of();
        }
        return c.evidence().stream().filter(e -> e.weight() != 0.0).map(FieldEvidence::words)
                .map(LinkRules::capitalised).toList();
    }

    private static Candidate find(List<Candidate> candidates, UUID person) {
        String id = person.toString();
        return candidates.stream().filter(c -> Objects.equals(c.recordId(), id)).findFirst().orElse(null);
    }

    private static String label(IdentifierScheme scheme) {
        return scheme.label();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String percent(double probability) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * probability);
    }

    /** A known-identifiers view over plain maps (the register's answer plus the batch so far). */
    record Maps(Map<String, UUID> holders, Map<UUID, List<Identifier>> identifiers) implements Known {

        static String key(Identifier identifier) {
            return identifier.scheme().name() + ":" + identifier.value();
        }

        @Override
        public UUID holder(Identifier identifier) {
            return holders.get(key(identifier));
        }

        @Override
        public List<Identifier> identifiersOf(UUID person) {
            return identifiers.getOrDefault(person, List.of());
        }
    }
}
