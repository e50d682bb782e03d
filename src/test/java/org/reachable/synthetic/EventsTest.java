package org.reachable.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.reachable.agencies.Organisation;
import org.reachable.chronology.Attribute;
import org.reachable.chronology.ChronologyEvent;
import org.reachable.chronology.EventFamily;
import org.reachable.chronology.EventType;
import org.reachable.chronology.Sensitivity;
import org.reachable.synthetic.events.Timeline;

class EventsTest {

    /** Victim-blaming and adultifying phrases (The Children's Society guidance, the joint inspection report). */
    private static final List<String> BLAMING = List.of("putting himself at risk", "putting herself at risk",
            "putting themselves at risk", "at risk of his own", "risky behaviour", "risk-taking", "lifestyle choice",
            "chose to", "choosing to", "in a relationship with", "associating with", "recruited", "working for",
            "involved in cse", "involved in cce", "gang member", "money mule", "plugging", "prostitut",
            "promiscuous", "streetwise", "abscond", "hard to reach", "non-compliant", "engaged in");

    private final GeneratedBorough borough = GeneratedBorough.standard();

    @Test
    void everyEventHasValidAttributesForItsType() {
        SoftAssertions softly = new SoftAssertions();
        for (ChronologyEvent e : borough.events()) {
            Map<String, Attribute> known = e.type().attributes().stream()
                    .collect(Collectors.toMap(Attribute::name, a -> a));
            softly.assertThat(known.keySet()).as("attributes of %s", e.type()).containsAll(e.details().keySet());
            for (Attribute attribute : e.type().attributes()) {
                String value = e.details().get(attribute.name());
                if (attribute.required()) {
                    softly.assertThat(value).as("required %s of %s", attribute.name(), e.type()).isNotBlank();
                }
                if (value == null) {
                    continue;
                }
                switch (attribute.kind()) {
                    case CODE -> softly.assertThat(attribute.allowed()).as("%s of %s", attribute.name(), e.type())
                            .contains(value);
                    case NUMBER -> softly.assertThat(value).as("%s of %s", attribute.name(), e.type())
                            .matches("\\d{1,6}(\\.\\d{1,2})?");
                    case YES_NO -> softly.assertThat(value).isIn("true", "false");
                    case TEXT -> softly.assertThat(value).isNotBlank();
                }
            }
            softly.assertThat(e.typeVersion()).isEqualTo(e.type().version());
        }
        softly.assertAll();
    }

    @Test
    void eventsHappenBeforeNowAndAreRecordedAfterwardsWithUniqueSourceReferences() {
        Instant now = new Timeline(GeneratedBorough.TODAY).now();
        Instant start = new Timeline(GeneratedBorough.TODAY).start().atStartOfDay(Timeline.LONDON).toInstant();
        Set<String> sources = new HashSet<>();
        Set<UUID> organisations = borough.partnership().organisations().stream().map(Organisation::id)
                .collect(Collectors.toSet());
        for (ChronologyEvent e : borough.events()) {
            assertThat(e.occurredAt()).isBefore(now).isAfterOrEqualTo(start.minus(Duration.ofDays(200)));
            assertThat(e.recordedAt()).isAfterOrEqualTo(e.occurredAt().minus(Duration.ofDays(1)))
                    .isBeforeOrEqualTo(now);
            assertThat(e.receivedAt()).isAfterOrEqualTo(e.recordedAt()).isBeforeOrEqualTo(now);
            assertThat(sources.add(e.sourceSystem() + "|" + e.sourceRef())).as(e.sourceRef()).isTrue();
            assertThat(organisations).contains(e.organisationId());
            assertThat(e.summary()).isNotBlank();
            assertThat(e.recordedBy()).contains(", ");
        }
    }

    @Test
    void summariesAndChildWordsSayWhatHappenedToTheChildWithoutBlamingThem() {
        Set<String> texts = new HashSet<>();
        borough.events().forEach(e -> {
            texts.add(e.summary().toLowerCase(Locale.ROOT));
            if (e.childWords() != null) {
                texts.add(e.childWords().toLowerCase(Locale.ROOT));
            }
        });
        for (String phrase : BLAMING) {
            assertThat(texts).as("no summary says '%s'", phrase).noneMatch(t -> t.contains(phrase));
        }
        long withWords = borough.events().stream().filter(e -> e.childWords() != null).count();
        assertThat(withWords).as("events with the child's own words").isGreaterThan(500);
    }

    @Test
    void healthAndSexualHarmAreSensitiveAndSomePoliceIntelligenceIsRestricted() {
        for (ChronologyEvent e : borough.events()) {
            if (e.type().family() == EventFamily.HEALTH || "SEXUAL".equals(e.details().get("kind"))
                    || "SEXUAL".equals(e.details().get("category"))) {
                assertThat(e.sensitivity()).as(e.summary()).isEqualTo(Sensitivity.SENSITIVE);
            }
        }
        List<ChronologyEvent> restricted = borough.events().stream()
                .filter(e -> e.sensitivity() == Sensitivity.RESTRICTED).toList();
        assertThat(restricted).isNotEmpty().allMatch(e -> e.type() == EventType.POLICE_INCIDENT);
        assertThat((double) restricted.size() / borough.events().size()).isLessThan(0.02);
    }

    @Test
    void everyKindOfEventOccurs() {
        Set<EventType> seen = borough.events().stream().map(ChronologyEvent::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class)));
        assertThat(seen).containsExactlyInAnyOrder(EventType.values());
    }
}
