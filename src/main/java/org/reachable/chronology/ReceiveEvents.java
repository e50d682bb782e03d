package org.reachable.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.reachable.chronology.internal.ChronologyRepository;
import org.reachable.platform.validation.Checks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events arriving from agencies' systems (the events API and batch files). Checked against the same taxonomy rules as
 * entries typed by practitioners; written in bulk with their provenance. The feeds check access, link the person and
 * audit each write; this only validates and stores.
 */
@Service
public class ReceiveEvents {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ChronologyRepository repository;
    private final ApplicationEventPublisher publisher;

    ReceiveEvents(ChronologyRepository repository, ApplicationEventPublisher publisher) {
        this.repository = repository;
        this.publisher = publisher;
    }

    /**
     * The checked event, or null with every broken rule in {@code checks} (event fields start with {@code prefix};
     * recordedAt, which belongs to the record rather than the event, does not).
     * {@code recordedAt} is when the agency recorded it (blank: when it arrived).
     */
    public CheckedEvent check(NewEvent event, String recordedAt, LocalDate dateOfBirth, Instant now, Checks checks,
                              String prefix) {
        Checks own = new Checks();
        EventValidation.Valid valid = EventValidation.check(
                event == null ? new NewEvent(null, null, null, null, null, null) : event, dateOfBirth, now, own);
        own.problems().forEach(p -> checks.problem(prefix + p.field(), p.rejectedValue(), p.message()));
        Instant recorded = recordedAt(recordedAt, valid, now, checks, prefix);
        if (valid == null || recorded == null) {
            return null;
        }
        return new CheckedEvent(valid.type(), valid.occurredAt(), recorded, valid.summary(), valid.childWords(),
                valid.sensitivity(), valid.details());
    }

    /**
     * Writes the events in the caller's transaction, in one COPY, and publishes {@link EventsAccepted} in the same
     * transaction (listeners that need the events stored listen after commit).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void receiveAll(List<ReceivedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        repository.insertAllWithProvenance(events);
        publisher.publishEvent(new EventsAccepted(events.stream()
                .map(r -> new EventsAccepted.Accepted(r.id(), r.personId(), r.event().type().code(),
                        r.event().occurredAt(), r.receivedAt(), r.organisationId(), r.event().sensitivity().name(),
                        r.event().summary(), r.event().details()))
                .toList()));
    }

    private static Instant recordedAt(String text, EventValidation.Valid valid, Instant now, Checks checks,
                                      String prefix) {
        if (text == null || text.isBlank()) {
            return now;
        }
        Instant instant;
        try {
            instant = text.contains("T") ? LocalDateTime.parse(text.strip()).atZone(LONDON).toInstant()
                    : LocalDate.parse(text.strip()).atStartOfDay(LONDON).toInstant();
        } catch (DateTimeParseException e) {
            try {
                instant = Instant.parse(text.strip());
            } catch (DateTimeParseException again) {
                checks.problem("recordedAt", text,
                        "Must be a real date (yyyy-mm-dd) or date and time (yyyy-mm-ddThh:mm)");
                return null;
            }
        }
        if (instant.isAfter(now)) {
            checks.problem("recordedAt", text, "Must not be in the future");
            return null;
        }
        if (valid != null && instant.isBefore(valid.occurredAt().minus(java.time.Duration.ofDays(1)))) {
            checks.problem("recordedAt", text, "Must not be before the event happened");
            return null;
        }
        return instant;
    }
}
