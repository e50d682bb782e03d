package org.reachable.chronology.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.reachable.access.TeamMember;
import org.reachable.agencies.Organisation;
import org.reachable.chronology.ChronologyEvent;
import org.reachable.chronology.EventType;
import org.reachable.chronology.KeyFacts;
import org.reachable.chronology.KeyFacts.Fact;
import org.reachable.chronology.SendNeed;

/**
 * Derives the key facts from a child's events. Pure logic: the events come in newest first, organisations are looked
 * up by the caller, and "today" is passed in so results do not depend on when the test runs.
 */
public final class KeyFactsCalculator {

    public static final Set<EventType> RELEVANT = EnumSet.of(
            EventType.CIN_START, EventType.CIN_END, EventType.CP_START, EventType.CP_END, EventType.CLA_START,
            EventType.CLA_END, EventType.EARLY_HELP_START, EventType.EARLY_HELP_END, EventType.SCHOOL_MOVE,
            EventType.MOVE_TO_ALTERNATIVE_PROVISION, EventType.ELECTIVE_HOME_EDUCATION,
            EventType.PERMANENT_EXCLUSION, EventType.SUSPENSION, EventType.ATTENDANCE_BELOW_THRESHOLD,
            EventType.SEN_SUPPORT, EventType.EHCP_ISSUED, EventType.EHC_ASSESSMENT_REQUESTED,
            EventType.AWAITING_NEURODEVELOPMENTAL, EventType.OUT_OF_COURT_DISPOSAL, EventType.COURT_OUTCOME,
            EventType.RELEASE_FROM_CUSTODY, EventType.POLICE_INCIDENT, EventType.ARREST, EventType.WEAPON_INCIDENT,
            EventType.MISSING_EPISODE, EventType.ED_ATTENDANCE);

    /** "Recent" counts cover this many days. */
    public static final int RECENT_DAYS = 90;

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int YJS_OPEN_MONTHS = 12;

    private KeyFactsCalculator() {
    }

    public static KeyFacts calculate(List<ChronologyEvent> newestFirst, Function<java.util.UUID, Optional<Organisation>>
            organisations, List<TeamMember> team, LocalDate today) {
        return new KeyFacts(socialCare(newestFirst), school(newestFirst, organisations),
                attendance(newestFirst), send(newestFirst, today), youthJustice(newestFirst, today),
                recent(newestFirst, today), team,
                team.stream().map(m -> organisations.apply(m.organisationId()).map(Organisation::name).orElse(""))
                        .toList());
    }

    /** The highest open status: looked after, then child protection, child in need, early help. */
    static Fact socialCare(List<ChronologyEvent> events) {
        record Status(EventType start, EventType end, String words) {
        }
        List<Status> statuses = List.of(
                new Status(EventType.CLA_START, EventType.CLA_END, "Looked after"),
                new Status(EventType.CP_START, EventType.CP_END, "Child protection plan"),
                new Status(EventType.CIN_START, EventType.CIN_END, "Child in need plan"),
                new Status(EventType.EARLY_HELP_START, EventType.EARLY_HELP_END, "Early help"));
        for (Status status : statuses) {
            Optional<ChronologyEvent> open = openEpisode(events, status.start(), status.end());
            if (open.isPresent()) {
                return new Fact(status.words(), date(open.get().occurredAt()));
            }
        }
        return new Fact("No open social care or early help involvement", null);
    }

    /** The start of an episode that has no later end, if any. */
    private static Optional<ChronologyEvent> openEpisode(List<ChronologyEvent> newestFirst, EventType start,
                                                         EventType end) {
        for (ChronologyEvent e : newestFirst) {
            if (e.type() == end) {
                return Optional.empty();
            }
            if (e.type() == start) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static Fact school(List<ChronologyEvent> events, Function<java.util.UUID, Optional<Organisation>> organisations) {
        for (ChronologyEvent e : events) {
            switch (e.type()) {
                case ELECTIVE_HOME_EDUCATION -> {
                    return new Fact("Electively home educated", date(e.occurredAt()));
                }
                case PERMANENT_EXCLUSION -> {
                    return new Fact("Permanently excluded from " + name(organisations, e) + " (reason "
                            + e.details().getOrDefault("reason", "not given") + ")", date(e.occurredAt()));
                }
                case SCHOOL_MOVE, MOVE_TO_ALTERNATIVE_PROVISION -> {
                    return new Fact(name(organisations, e), date(e.occurredAt()));
                }
                default -> {
                }
            }
        }
        return events.stream().filter(e -> e.type() == EventType.SUSPENSION
                        || e.type() == EventType.ATTENDANCE_BELOW_THRESHOLD).findFirst()
                .map(e -> new Fact(name(organisations, e), null))
                .orElse(new Fact("No school recorded", null));
    }

    static Fact attendance(List<ChronologyEvent> events) {
        return events.stream().filter(e -> e.type() == EventType.ATTENDANCE_BELOW_THRESHOLD).findFirst()
                .map(e -> new Fact(e.details().getOrDefault("percentage", "?") + "% attendance (below threshold)",
                        date(e.occurredAt())))
                .orElse(new Fact("No attendance concerns recorded", null));
    }

    static Fact send(List<ChronologyEvent> events, LocalDate today) {
        List<String> parts = new ArrayList<>();
        LocalDate since = null;
        for (ChronologyEvent e : events) {
            if (e.type() == EventType.EHCP_ISSUED || e.type() == EventType.SEN_SUPPORT) {
                String need = Optional.ofNullable(e.details().get("need"))
                        .map(code -> needLabel(code)).map(label -> " (" + label + ")").orElse("");
                parts.add((e.type() == EventType.EHCP_ISSUED ? "EHC plan" : "SEN support") + need);
                since = date(e.occurredAt());
                break;
            }
        }
        events.stream().filter(e -> e.type() == EventType.EHC_ASSESSMENT_REQUESTED).findFirst()
                .filter(e -> parts.isEmpty() || !parts.getFirst().startsWith("EHC plan"))
                .ifPresent(e -> parts.add("EHC needs assessment requested " + date(e.occurredAt())));
        events.stream().filter(e -> e.type() == EventType.AWAITING_NEURODEVELOPMENTAL).findFirst()
                .ifPresent(e -> parts.add("waiting " + ChronoUnit.MONTHS.between(date(e.occurredAt()), today)
                        + " months for a neurodevelopmental assessment"));
        return parts.isEmpty() ? new Fact("No SEND recorded", null) : new Fact(String.join("; ", parts), since);
    }

    static Fact youthJustice(List<ChronologyEvent> events, LocalDate today) {
        return events.stream()
                .filter(e -> e.type() == EventType.OUT_OF_COURT_DISPOSAL || e.type() == EventType.COURT_OUTCOME
                        || e.type() == EventType.RELEASE_FROM_CUSTODY)
                .filter(e -> date(e.occurredAt()).isAfter(today.minusMonths(YJS_OPEN_MONTHS)))
                .findFirst()
                .map(e -> new Fact(e.type().label() + Optional.ofNullable(e.details().get("disposal"))
                        .or(() -> Optional.ofNullable(e.details().get("outcome")))
                        .map(v -> ": " + words(v)).orElse(""), date(e.occurredAt())))
                .orElse(new Fact("No youth justice involvement in the last 12 months", null));
    }

    /** Counts over the last 90 days that tell a practitioner something is building up. */
    static List<Fact> recent(List<ChronologyEvent> events, LocalDate today) {
        Instant since = today.minusDays(RECENT_DAYS).atStartOfDay(LONDON).toInstant();
        Map<String, Set<EventType>> groups = Map.of(
                "police contacts", EnumSet.of(EventType.POLICE_INCIDENT, EventType.ARREST, EventType.WEAPON_INCIDENT),
                "missing episodes", EnumSet.of(EventType.MISSING_EPISODE),
                "emergency department attendances", EnumSet.of(EventType.ED_ATTENDANCE),
                "suspensions", EnumSet.of(EventType.SUSPENSION));
        List<Fact> facts = new ArrayList<>();
        groups.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(group -> {
            long n = events.stream().filter(e -> group.getValue().contains(e.type()))
                    .filter(e -> e.occurredAt().isAfter(since)).count();
            if (n > 0) {
                facts.add(new Fact(n + " " + (n == 1 ? singular(group.getKey()) : group.getKey())
                        + " in the last 90 days", null));
            }
        });
        return facts;
    }

    private static String singular(String plural) {
        return plural.endsWith("ies") ? plural.substring(0, plural.length() - 3) + "y"
                : plural.substring(0, plural.length() - 1);
    }

    private static String needLabel(String code) {
        try {
            return SendNeed.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static String words(String code) {
        String lower = code.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String name(Function<java.util.UUID, Optional<Organisation>> organisations, ChronologyEvent e) {
        return organisations.apply(e.organisationId()).map(Organisation::name).orElse("an unknown school");
    }

    private static LocalDate date(Instant instant) {
        return instant.atZone(LONDON).toLocalDate();
    }
}
