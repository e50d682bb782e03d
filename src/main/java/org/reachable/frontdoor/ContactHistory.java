package org.reachable.frontdoor;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reachable.access.Relationships;
import org.reachable.chronology.ChronologyEvent;
import org.reachable.chronology.EventType;
import org.reachable.frontdoor.internal.ContactRepository;
import org.reachable.identity.ChildRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the council's earlier front-door history into Reachable when a borough is loaded: each children's social
 * care contact already in the chronology becomes a HISTORIC contact. What the MASH decided is read from what followed:
 * a referral for assessment within ten days, an early help episode within fourteen, otherwise no further action; a
 * contact of the last three days with neither is still open (and opens the record to the MASH). Deterministic: the
 * same events give the same contacts. The caller (the synthetic borough loader) audits the load.
 */
@Service
public class ContactHistory {

    static final Duration REFERRAL_WINDOW = Duration.ofDays(10);
    static final Duration EARLY_HELP_WINDOW = Duration.ofDays(14);
    static final Duration STILL_OPEN = Duration.ofDays(3);

    private final ContactRepository contacts;
    private final Relationships relationships;
    private final Clock clock;
    private final WorkingDays calendar = WorkingDays.england();

    ContactHistory(ContactRepository contacts, Relationships relationships, Clock clock) {
        this.contacts = contacts;
        this.relationships = relationships;
        this.clock = clock;
    }

    /** Returns how many contacts were loaded. Runs in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int loadFrom(List<ChronologyEvent> events, List<ChildRecord> children) {
        Map<UUID, ChildRecord> byId = children.stream().collect(Collectors.toMap(ChildRecord::id, Function.identity(),
                (a, b) -> a));
        Map<UUID, List<ChronologyEvent>> byPerson = events.stream()
                .filter(e -> e.type() == EventType.CSC_CONTACT || e.type() == EventType.CSC_REFERRAL
                        || e.type() == EventType.EARLY_HELP_START)
                .collect(Collectors.groupingBy(ChronologyEvent::personId));
        Instant now = clock.instant();
        int loaded = 0;
        for (List<ChronologyEvent> history : byPerson.values()) {
            history.sort(Comparator.comparing(ChronologyEvent::occurredAt).thenComparing(ChronologyEvent::id));
            for (ChronologyEvent e : history) {
                if (e.type() != EventType.CSC_CONTACT) {
                    continue;
                }
                Contact contact = contact(e, history, byId.get(e.personId()), now);
                if (contacts.insert(contact)) {
                    loaded++;
                    if (contact.isOpen()) {
                        relationships.openFrontDoorCase(contact.personId(), contact.reference(),
                                contact.receivedAt());
                    }
                }
            }
        }
        return loaded;
    }

    private Contact contact(ChronologyEvent e, List<ChronologyEvent> history, ChildRecord child, Instant now) {
        Instant received = e.occurredAt();
        Optional<ChronologyEvent> referral = next(history, EventType.CSC_REFERRAL, received, REFERRAL_WINDOW);
        Optional<ChronologyEvent> earlyHelp = next(history, EventType.EARLY_HELP_START, received, EARLY_HELP_WINDOW);
        boolean open = referral.isEmpty() && received.isAfter(now.minus(STILL_OPEN));
        Decision decision = open ? null : referral.isPresent() ? Decision.CHILD_IN_NEED_ASSESSMENT
                : earlyHelp.isPresent() ? Decision.EARLY_HELP : Decision.NFA_WITH_ADVICE;
        // Decisions not dated by a following referral were taken 2 to 41 hours after receipt (from the event's id).
        Instant decidedAt = open ? null : referral.map(ChronologyEvent::occurredAt)
                .orElse(received.plus(Duration.ofHours(2 + spread(e.id(), 40))));
        if (decidedAt != null && decidedAt.isAfter(now)) {
            decidedAt = now;
        }
        String source = e.details().getOrDefault("source", "Unknown");
        String agency = agency(source);
        java.time.LocalDate receivedOn = WorkingDays.londonDate(received);
        return new Contact(UUID.nameUUIDFromBytes(("frontdoor-history:" + e.id()).getBytes()),
                contacts.nextReference(receivedOn.getYear()), e.personId(), Contact.Origin.HISTORIC, e.id(),
                e.type().code(), null,
                source, null, received, calendar.isOutOfHours(received), calendar.plus(receivedOn,
                Timescales.DECISION), List.of(ConcernCategory.OTHER), e.summary(), null, e.childWords(), null,
                null, null, null, null, SharingBasis.SAFEGUARDING_PUBLIC_TASK, Urgency.ROUTINE, List.of(),
                open ? Contact.Status.OPEN : Contact.Status.DECIDED, null, null, null, null, decision,
                decision == null ? null : "From the council's earlier records: " + decision.label().toLowerCase(),
                decision == null ? null : "MASH (earlier records)", decidedAt,
                decision == null ? null : "MASH duty team", decision != null && decision.startsAssessment()
                ? calendar.plus(receivedOn, Timescales.ASSESSMENT) : null, 0, agency,
                child == null ? null : child.sex().name(),
                child == null || child.ethnicity() == null ? null : child.ethnicity().name());
    }

    private static Optional<ChronologyEvent> next(List<ChronologyEvent> history, EventType type, Instant after,
                                                  Duration within) {
        return history.stream().filter(h -> h.type() == type && h.occurredAt().isAfter(after)
                && !h.occurredAt().isAfter(after.plus(within))).findFirst();
    }

    /** "Police (6)" and "A&E (3E)" as CIN-census referral sources; named as the agencies' kinds are elsewhere. */
    static String agency(String source) {
        String name = source.replaceAll("\\s*\\(.*\\)", "").strip();
        return switch (name) {
            case "A&E" -> "Emergency department";
            case "GP" -> "GP practice";
            default -> name.isEmpty() ? "Unknown" : name;
        };
    }

    private static long spread(UUID id, int range) {
        return Math.floorMod(ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).getLong(4), range);
    }
}
