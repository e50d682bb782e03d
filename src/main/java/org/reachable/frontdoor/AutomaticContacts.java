package org.reachable.frontdoor;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.AuditSubject;
import org.reachable.access.LegalBasis;
import org.reachable.access.Relationships;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.Organisations;
import org.reachable.chronology.EventType;
import org.reachable.chronology.EventsAccepted;
import org.reachable.frontdoor.internal.ContactRepository;
import org.reachable.identity.ChildRegister;
import org.reachable.identity.Demographics;
import org.springframework.stereotype.Component;

/**
 * Some events are a reachable moment the front door must see at once: an ED attendance for an assault or a
 * sharp-object injury, an ambulance call-out to suspected youth violence, a child brought into police custody. Each
 * opens a contact linked to the child with the source event attached, as soon as the event is committed (see
 * {@link ArrivingEvents}), and at most once per event: an event republished after a restart finds its contact there.
 */
@Component
class AutomaticContacts {

    private final ContactRepository contacts;
    private final Relationships relationships;
    private final Organisations organisations;
    private final Audit audit;
    private final Agencies agencies;
    private final ChildRegister register;
    private final WorkingDays calendar = WorkingDays.england();

    AutomaticContacts(ContactRepository contacts, Relationships relationships, Organisations organisations,
                      Audit audit, Agencies agencies, ChildRegister register) {
        this.agencies = agencies;
        this.register = register;
        this.contacts = contacts;
        this.relationships = relationships;
        this.organisations = organisations;
        this.audit = audit;
    }

    /**
     * Opens the contacts these events call for, a batch's in a few statements: a batch import brings a thousand
     * events at a time, and a statement per contact (three with its reference and front-door case) was a large share of
     * the import's database work.
     */
    void open(EventsAccepted accepted) {
        List<EventsAccepted.Accepted> triggering = accepted.events().stream()
                .filter(e -> e.personId() != null && trigger(e).isPresent()).toList();
        if (!triggering.isEmpty()) {
            Set<UUID> opened = contacts.eventsWithContacts(triggering.stream()
                    .map(EventsAccepted.Accepted::eventId).toList());
            triggering = triggering.stream().filter(e -> !opened.contains(e.eventId())).toList();
        }
        if (triggering.isEmpty()) {
            return;
        }
        // The children's sex and ethnicity (kept on each contact for disproportionality monitoring), in one query for
        // the whole batch rather than a full child record per contact.
        Map<UUID, Demographics> children = register.demographicsOf(
                triggering.stream().map(EventsAccepted.Accepted::personId).collect(Collectors.toSet()));
        Map<Integer, Iterator<String>> references = new HashMap<>();
        triggering.stream().collect(Collectors.groupingBy(e -> year(e), Collectors.counting()))
                .forEach((year, count) -> references.put(year,
                        contacts.nextReferences(year, count.intValue()).iterator()));
        List<Contact> created = triggering.stream().map(event -> contact(event, trigger(event).orElseThrow(),
                references.get(year(event)).next(), children.get(event.personId()))).toList();
        contacts.insertAll(created);
        relationships.openFrontDoorCases(created.stream().map(c -> new Relationships.FrontDoorCase(c.personId(),
                c.reference(), c.receivedAt())).toList());
        audit.allowedAll(AuditAction.WRITE, created.stream().map(c -> new AuditSubject(c.personId(),
                ContactCasework.resource(c), "Automatic front-door contact from " + c.sourceEventType() + " event "
                        + c.sourceEventId())).toList(), LegalBasis.SAFEGUARDING);
    }

    /** The year in London when the event arrived: contact references are numbered within it. */
    private static int year(EventsAccepted.Accepted event) {
        return WorkingDays.londonDate(event.receivedAt()).getYear();
    }

    /** Which events open a contact, and under which category. Protected characteristics play no part. */
    static Optional<ConcernCategory> trigger(EventsAccepted.Accepted event) {
        EventType type = event.eventType().orElse(null);
        if (type == null) {
            return Optional.empty();
        }
        String reason = event.details() == null ? null : event.details().get("reason");
        return switch (type) {
            case ED_ATTENDANCE -> "ASSAULT".equals(reason) || "SHARP_OBJECT_INJURY".equals(reason)
                    ? Optional.of(ConcernCategory.SERIOUS_YOUTH_VIOLENCE) : Optional.empty();
            case AMBULANCE_CALLOUT -> event.details() != null && "true".equals(event.details().get("suspectedViolence"))
                    ? Optional.of(ConcernCategory.SERIOUS_YOUTH_VIOLENCE) : Optional.empty();
            case CUSTODY -> Optional.of(ConcernCategory.POLICE_CUSTODY);
            default -> Optional.empty();
        };
    }

    private Contact contact(EventsAccepted.Accepted event, ConcernCategory category, String reference,
                            Demographics child) {
        String agency = Optional.ofNullable(event.organisationId()).flatMap(organisations::find)
                .map(Organisation::name).orElse("An agency's system");
        String label = event.eventType().map(EventType::label).orElse(event.type());
        java.time.Instant received = event.receivedAt();
        Optional<Demographics> known = Optional.ofNullable(child);
        return new Contact(UUID.randomUUID(), reference, event.personId(), Contact.Origin.AUTOMATIC, event.eventId(),
                event.type(), null, agency, event.organisationId(), received, calendar.isOutOfHours(received),
                calendar.plus(WorkingDays.londonDate(received), Timescales.DECISION), List.of(category),
                "Automatic contact: " + label + " reported by " + agency + ". " + event.summary(), null, null, null,
                null, null, null, null, SharingBasis.SAFEGUARDING_PUBLIC_TASK, Urgency.TODAY, List.of(),
                Contact.Status.OPEN, null, null, null, null, null, null, null, null, null, null, 0,
                agencies.kindOf(event.organisationId()), known.map(d -> d.sex().name()).orElse(null),
                known.map(Demographics::ethnicity).map(Enum::name).orElse(null));
    }
}
