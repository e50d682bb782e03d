package org.reachable.moments.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.reachable.chronology.HistoryEvent;

/**
 * What a rule looks for in a child's history, judged as at one moment. When it holds, the answer is the evidence: the
 * events that made it hold (empty for conditions about the child's situation, such as age).
 */
public sealed interface Condition permits Condition.Recent, Condition.Count, Condition.AllOf, Condition.AnyOf,
        Condition.FollowedBy, Condition.StillWaiting, Condition.StillOpen, Condition.AgeBetween, Condition.Birthday,
        Condition.StartingSecondarySchool, Condition.PostcodeIn {

    long DAY_SECONDS = 86_400;

    Optional<List<HistoryEvent>> evaluate(History history, Instant at);

    private static Instant daysBefore(Instant at, int days) {
        return at.minusSeconds(days * DAY_SECONDS);
    }

    /** At least one matching event in the last {@code withinDays} days. */
    record Recent(EventFilter filter, int withinDays) implements Condition {
        public Optional<List<HistoryEvent>> evaluate(History history, Instant at) {
            List<HistoryEvent> found = history.between(daysBefore(at, withinDays), at, filter::matches);
            return found.isEmpty() ? Optional.empty() : Optional.of(found);
        }
    }

    /**
     * At least {@code atLeast} matching events in the last {@code withinDays} days, recorded by at least
     * {@code fromDifferentSources} different sources (organisation and recorder: three police contacts recorded by
     * three different teams) and at least {@code fromDifferentAgencies} different organisations.
     */
    record Count(EventFilter filter, int atLeast, int withinDays, int fromDifferentSources, int fromDifferentAgencies)
            implements Condition {
        public Optional<List<HistoryEvent>> evaluate(History history, Instant at) {
            List<HistoryEvent> found = history.between(daysBefore(at, withinDays), at, filter::matches);
            long sources = found.stream().map(e -> e.organisationId() + "/" + e.recordedBy()).distinct().count();
            long agencies = found.stream().map(HistoryEvent::organisationId).distinct().count();
            return found.size() >= atLeast && sources >= fromDifferentSources && agencies >= fromDifferentAgencies
                    ? Optional.of(found) : Optional.empty();
        }
    }

    /** Every part holds; the evidence is all of theirs. */
    record AllOf(List<Condition> parts) implements Condition {
        public AllOf {
            parts = List.copyOf(parts);
        }

        public Optional<List<HistoryEvent>> evaluate(History history, Instant at) {
            java.util.LinkedHashSet<HistoryEvent> evidence = new java.util.LinkedHashSet<>();
            for (Condition part : parts) {
                Optional<List<HistoryEvent>> found = part.evaluate(history, at);
                if (found.isEmpty()) {
                    return Optional.empty();
                }
                evidence.addAll(found.get());
            }
            return Optional.of(List.copyOf(evidence));
        }
    }

    /** At least one part holds; the evidence is that of every part that holds. */
    record AnyOf(List<Condition> parts) implements Condition {
        public AnyOf {
            parts = List.copyOf(parts);
        }

        public Optional<List<HistoryEvent>> evaluate(History history, Instant at) {
            java.util.LinkedHashSet<HistoryEvent> evidence = new java.util.LinkedHashSet<>();
            boolean any = false;
            for (Condition part : parts) {
                Optional<List<HistoryEvent>> found = part.evaluate(history, at);
                if (found.isPresent()) {
                    any = true;
                    evidence.addAll(found.get());
                }
            }
            return any ? Optional.of(List.copyOf(evidence)) : Optional.empty();
        }
    }

    /**
     * A {@code then} event in the last {@code withinDays} days that came within {@code withinDays} days after a
     * {@code first} event (e.g. a new police contact within 30 days of a contact closed with no further action).
     */
    record FollowedBy(EventFilter first, EventFilter then, int withinDays) implements Condition {
        public Optional<List<HistoryEvent>> evaluate(History history, Instant at) {
            for (HistoryEvent later : history.between(daysBefore(at, withinDays), at, then::matches).reversed()) {
                List<HistoryEvent> earlier = history.between(daysBefore(later.occurredAt(), withinDays),
                        later.occurredAt(), e -> first.matches(e) && !e.id().equals(later.id()));
                if (!earlier.isEmpty()) {
                    return Optional.of(List.of(earlier.getLast(), later));
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The child has been waiting more than {@code moreThanDays} days since a {@code since} event with no
     * {@code endedBy} event after it (e.g. on a neurodevelopmental waiting list with no assessment yet).
     */
    record StillWaiting(EventFilter since, EventFilter endedBy, int moreThanDays) implements Condition {
        public Optional<List<HistoryEvent>> evaluate(History history, Instant at) {
            for (HistoryEvent start : history.between(Instant.MIN, daysBefore(at, moreThanDays), since::matches)) {
                if (history.between(start.occurredAt(), at, endedBy::matches).isEmpty()) {
                    return Optional.of(List.of(start));
                }
            }
            return Optional.empty();
        }
    }

    /** The latest {@code started} event has no {@code endedBy} event after it: an involvement still open. */
    record StillOpen(EventFilter started, EventFilter endedBy) implements Condition {
        public Optional<List<HistoryEvent>> evaluate(History history, Instant at) {
            List<HistoryEvent> starts = history.between(Instant.MIN, at, started::matches);
            if (starts.isEmpty()) {
                return Optional.empty();
            }
            HistoryEvent latest = starts.getLast();
            return history.between(latest.occurredAt(), at, endedBy::matches).isEmpty()
                    ? Optional.of(List.of(latest)) : Optional.empty();
        }
    }

    /** The child's age in whole years, at the moment judged, is between {@code from} and {@code to} inclusive. */
    record AgeBetween(int from, int to) implements Condition {
        public Optional<List<HistoryEvent>> evaluate(History history, Instant at) {
            int age = SchoolYears.ageOn(history.child().dateOfBirth(), SchoolYears.londonDate(at));
            return age >= from && age <= to ? Optional.of(List.of()) : Optional.empty();
        }
    }

    /** The child reaches {@code age} within the next {@code withinDays} days (a transition point, e.g. 18). */
    record Birthday(int age, int withinDays) implements Condition {
        public Optional<List<HistoryEvent>> evaluate(History history, Instant at) {
            java.time.LocalDate today = SchoolYears.londonDate(at);
            java.time.LocalDate birthday = history.child().dateOfBirth().plusYears(age);
            return !birthday.isBefore(today) && !birthday.isAfter(today.plusDays(withinDays))
                    ? Optional.of(List.of()) : Optional.empty();
        }
    }

    /** The child starts Year 7 (moves from primary to secondary school) within the next {@code withinDays} days. */
    record StartingSecondarySchool(int withinDays) implements Condition {
        public Optional<List<HistoryEvent>> evaluate(History history, Instant at) {
            java.time.LocalDate today = SchoolYears.londonDate(at);
            java.time.LocalDate start = SchoolYears.startOfYear7(history.child().dateOfBirth());
            return !start.isBefore(today) && !start.isAfter(today.plusDays(withinDays))
                    ? Optional.of(List.of()) : Optional.empty();
        }
    }

    /**
     * The child's current postcode starts with one of these prefixes (district or sector). Allowed, because where a
     * child lives can matter to a pattern; watched, because a postcode can stand in for ethnicity: the fairness
     * monitor flags rules whose alerts fall disproportionately on one group.
     */
    record PostcodeIn(java.util.Set<String> prefixes) implements Condition {
        public PostcodeIn {
            prefixes = java.util.Set.copyOf(prefixes);
        }

        public Optional<List<HistoryEvent>> evaluate(History history, Instant at) {
            String postcode = history.child().postcode();
            if (postcode == null) {
                return Optional.empty();
            }
            String compact = postcode.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
            return prefixes.stream().anyMatch(p -> compact.startsWith(p.replace(" ", "")))
                    ? Optional.of(List.of()) : Optional.empty();
        }
    }
}
