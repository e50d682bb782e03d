package org.reachable.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reachable.chronology.ChronologyEvent;
import org.reachable.chronology.EventType;
import org.reachable.identity.ChildRecord;
import org.reachable.identity.Ethnicity;
import org.reachable.synthetic.events.Timeline;
import org.reachable.synthetic.place.SchoolCalendar;

/** Base rates and co-occurrence in the standard 20,000-child borough are plausible. */
class BaseRatesTest {

    private static final Set<EventType> POLICE_CONTACT = EnumSet.of(EventType.POLICE_INCIDENT, EventType.ARREST,
            EventType.STOP_AND_SEARCH, EventType.WEAPON_INCIDENT);

    private final GeneratedBorough borough = GeneratedBorough.standard();
    private final Map<UUID, ChildRecord> children = borough.childrenById();
    private final Map<UUID, List<ChronologyEvent>> byChild = borough.eventsByChild();
    private final LocalDate today = GeneratedBorough.TODAY;

    @Test
    void excludedChildrenHaveFarMoreMissingEpisodesAndPoliceContactThanOtherAdolescents() {
        Set<UUID> excluded = withAny(EventType.PERMANENT_EXCLUSION);
        List<ChildRecord> others = children.values().stream()
                .filter(c -> c.ageOn(today) >= 12 && c.ageOn(today) <= 18 && !excluded.contains(c.id())).toList();

        assertThat(excluded).hasSizeGreaterThanOrEqualTo(15);
        double excludedMissing = perChild(excluded, Set.of(EventType.MISSING_EPISODE));
        double othersMissing = perChild(ids(others), Set.of(EventType.MISSING_EPISODE));
        double excludedPolice = perChild(excluded, POLICE_CONTACT);
        double othersPolice = perChild(ids(others), POLICE_CONTACT);
        assertThat(excludedMissing).isGreaterThan(5 * othersMissing);
        assertThat(excludedPolice).isGreaterThan(4 * othersPolice);
    }

    @Test
    void violenceAgainstUnderEighteensPeaksOnSchoolDaysBetweenThreeAndFive() {
        List<ChronologyEvent> violence = borough.events().stream().filter(this::violent)
                .filter(e -> children.get(e.personId()).ageOn(Timeline.date(e.occurredAt())) < 18).toList();
        double afterSchool = violence.stream().filter(e -> afterSchool(e.occurredAt())).count()
                / (double) violence.size();

        assertThat(violence).hasSizeGreaterThan(500);
        assertThat(afterSchool).as("share on school days 15:00-17:00").isGreaterThan(3 * uniformAfterSchoolShare())
                .isBetween(0.2, 0.45);
    }

    @Test
    void violencePeaksFromMayToJuly() {
        Map<Boolean, Long> summer = borough.events().stream().filter(this::violent)
                .collect(Collectors.partitioningBy(e -> {
                    Month m = Timeline.date(e.occurredAt()).getMonth();
                    return m == Month.MAY || m == Month.JUNE || m == Month.JULY;
                }, Collectors.counting()));
        double summerPerMonth = summer.get(true) / 9.0;
        double otherPerMonth = summer.get(false) / 27.0;

        assertThat(summerPerMonth).isGreaterThan(1.25 * otherPerMonth);
    }

    @Test
    void socialCareRatesArePlausibleForALondonBorough() {
        long underEighteen = children.values().stream().filter(c -> c.ageOn(today) < 18).count();
        double contactsPerYear = count(EventType.CSC_CONTACT) / 3.0 / underEighteen;
        double cpStartsPer10k = count(EventType.CP_START) / 3.0 / underEighteen * 10_000;
        double cinOpen = children.values().stream().filter(c -> open(c.id(), EventType.CIN_START, EventType.CIN_END))
                .count() / (double) underEighteen * 10_000;

        assertThat(contactsPerYear).isBetween(0.03, 0.15);
        assertThat(cpStartsPer10k).as("CP plans started per 10,000 children a year").isBetween(15.0, 90.0);
        assertThat(cinOpen).as("open child in need plans per 10,000").isBetween(30.0, 400.0);
    }

    @Test
    void exclusionsSharpInjuriesAndYouthJusticeAreRare() {
        long secondaryAge = children.values().stream().filter(c -> c.ageOn(today) >= 11 && c.ageOn(today) <= 16)
                .count();
        double exclusionsPer100PerYear = count(EventType.PERMANENT_EXCLUSION) / 3.0 / secondaryAge * 100;
        long sharp = borough.events().stream().filter(e -> "SHARP_OBJECT_INJURY".equals(e.details().get("reason")))
                .count();

        assertThat(exclusionsPer100PerYear).isBetween(0.05, 0.5);
        assertThat(sharp / 3.0 / children.size()).as("sharp-object injuries per child a year").isBetween(1e-5, 2e-3);
        assertThat(withAny(EventType.OUT_OF_COURT_DISPOSAL, EventType.COURT_OUTCOME).size())
                .isBetween(50, 600);
    }

    @Test
    void ethnicityFollowsTheBoroughsCensusProfile() {
        Map<Ethnicity, Long> counts = children.values().stream()
                .collect(Collectors.groupingBy(ChildRecord::ethnicity, Collectors.counting()));
        double n = children.size();

        assertThat(counts.get(Ethnicity.WBRI) / n).isBetween(0.23, 0.31);
        assertThat(counts.get(Ethnicity.APKN) / n).isBetween(0.11, 0.17);
        assertThat(counts.get(Ethnicity.BAFR) / n).isBetween(0.06, 0.11);
    }

    @Test
    void siblingsShareAnAddressAndMostlyASurname() {
        long pairs = 0;
        long sameSurname = 0;
        for (ChildRecord child : children.values()) {
            for (var relationship : child.relationships()) {
                if (relationship.relatedPersonId() == null) {
                    continue;
                }
                ChildRecord sibling = children.get(relationship.relatedPersonId());
                pairs++;
                assertThat(sibling.currentAddress().orElseThrow().postcode())
                        .isEqualTo(child.currentAddress().orElseThrow().postcode());
                if (sibling.name().familyName().equals(child.name().familyName())) {
                    sameSurname++;
                }
            }
        }
        assertThat(pairs).isGreaterThan(10_000);
        assertThat(sameSurname / (double) pairs).isBetween(0.75, 0.98);
    }

    private boolean violent(ChronologyEvent e) {
        return switch (e.type()) {
            case POLICE_INCIDENT -> !"WITNESS".equals(e.details().get("role"))
                    && e.sensitivity() != org.reachable.chronology.Sensitivity.RESTRICTED;
            case WEAPON_INCIDENT -> true;
            case ED_ATTENDANCE -> Set.of("ASSAULT", "SHARP_OBJECT_INJURY").contains(e.details().get("reason"));
            default -> false;
        };
    }

    private static boolean afterSchool(Instant at) {
        ZonedDateTime local = at.atZone(Timeline.LONDON);
        return SchoolCalendar.isSchoolDay(local.toLocalDate()) && local.getHour() >= 15 && local.getHour() < 17;
    }

    /** The share of all hours in the three years that fall on school days between 15:00 and 17:00. */
    private double uniformAfterSchoolShare() {
        long hours = 0;
        long afterSchool = 0;
        for (LocalDateTime t = today.minusYears(3).atStartOfDay(); t.isBefore(today.atStartOfDay());
             t = t.plusHours(1)) {
            hours++;
            if (SchoolCalendar.isSchoolDay(t.toLocalDate()) && t.getHour() >= 15 && t.getHour() < 17) {
                afterSchool++;
            }
        }
        return afterSchool / (double) hours;
    }

    private Set<UUID> withAny(EventType... types) {
        Set<EventType> wanted = Set.of(types);
        return borough.events().stream().filter(e -> wanted.contains(e.type())).map(ChronologyEvent::personId)
                .collect(Collectors.toSet());
    }

    private double perChild(Set<UUID> ids, Set<EventType> types) {
        long n = ids.stream().flatMap(id -> byChild.getOrDefault(id, List.of()).stream())
                .filter(e -> types.contains(e.type())).count();
        return n / (double) ids.size();
    }

    private static Set<UUID> ids(List<ChildRecord> records) {
        return records.stream().map(ChildRecord::id).collect(Collectors.toSet());
    }

    private long count(EventType type) {
        return borough.events().stream().filter(e -> e.type() == type).count();
    }

    private boolean open(UUID child, EventType start, EventType end) {
        List<ChronologyEvent> events = byChild.getOrDefault(child, List.of());
        long starts = events.stream().filter(e -> e.type() == start).count();
        long ends = events.stream().filter(e -> e.type() == end).count();
        return starts > ends;
    }
}
