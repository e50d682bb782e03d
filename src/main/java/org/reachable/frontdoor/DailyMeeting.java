package org.reachable.frontdoor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.AuditSubject;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.CurrentUsers;
import org.reachable.access.LegalBasis;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.Organisations;
import org.reachable.chronology.EventFamily;
import org.reachable.chronology.EventType;
import org.reachable.chronology.EventsAccepted;
import org.reachable.frontdoor.internal.IncidentRepository;
import org.reachable.identity.ChildRegister;
import org.reachable.platform.validation.Checks;
import org.reachable.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's daily meeting: the previous 24 hours' incidents involving children from police, ED, ambulance,
 * custody and missing reports, each with the actions the meeting agreed and who owns them.
 */
@Service
public class DailyMeeting {

    static final int LIMIT = 500;
    static final int MAX_TEXT = 2_000;
    /** Police events, ED and ambulance, missing episodes: what the meeting discusses. */
    static final Set<EventType> INCIDENTS = EnumSet.of(EventType.ED_ATTENDANCE, EventType.AMBULANCE_CALLOUT,
            EventType.MISSING_EPISODE);

    static {
        for (EventType type : EventType.values()) {
            if (type.family() == EventFamily.POLICE) {
                INCIDENTS.add(type);
            }
        }
    }

    private final IncidentRepository incidents;
    private final ChildRegister register;
    private final Organisations organisations;
    private final ChildRecordAccess access;
    private final Audit audit;
    private final Clock clock;

    DailyMeeting(IncidentRepository incidents, ChildRegister register, Organisations organisations,
                 ChildRecordAccess access, Audit audit, Clock clock) {
        this.incidents = incidents;
        this.register = register;
        this.organisations = organisations;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Keeps the incidents the meeting needs as they are committed to the chronology (see {@link ArrivingEvents}). */
    void keep(EventsAccepted accepted) {
        incidents.insertAll(accepted.events().stream()
                .filter(e -> e.personId() != null && e.eventType().map(INCIDENTS::contains).orElse(false))
                .map(e -> new IncidentRepository.Row(e.eventId(), e.personId(), e.type(), e.occurredAt(),
                        e.receivedAt(), e.organisationId(), "RESTRICTED".equals(e.sensitivity()),
                        e.summary() == null ? "" : e.summary()))
                .toList());
    }

    /** Incidents of the last {@code hours} hours (by when they happened or arrived), newest first. Audited per child. */
    public List<DailyIncident> since(int hours) {
        access.requireCapability(Capability.WORK_FRONT_DOOR, AuditAction.READ, "frontdoor/daily-meeting");
        Checks checks = new Checks();
        checks.require(hours >= 1 && hours <= 24 * 7, "hours", hours, "Must be between 1 and 168");
        checks.throwIfAny();
        Instant since = clock.instant().minus(Duration.ofHours(hours));
        List<IncidentRepository.Row> rows = incidents.since(since, LIMIT);
        Map<UUID, String> names = register.names(rows.stream().map(IncidentRepository.Row::personId).toList());
        Map<UUID, List<DailyIncident.Action>> actions = incidents.actionsFor(
                rows.stream().map(IncidentRepository.Row::eventId).toList());
        audit.allowedAll(AuditAction.READ, rows.stream().map(r -> new AuditSubject(r.personId(),
                "frontdoor/daily-meeting", "Daily meeting: incident " + r.eventId())).toList(),
                LegalBasis.SAFEGUARDING);
        return rows.stream().map(r -> {
            String agency = Optional.ofNullable(r.organisationId()).flatMap(organisations::find)
                    .map(Organisation::name).orElse("Unknown agency");
            return new DailyIncident(r.eventId(), r.personId(), names.getOrDefault(r.personId(), "Unknown child"),
                    r.type(), EventType.fromCode(r.type()).map(EventType::label).orElse(r.type()), r.occurredAt(),
                    r.receivedAt(), agency, r.restricted(), r.restricted()
                    ? "Restricted entry. Ask " + agency + " about it." : r.summary(),
                    actions.getOrDefault(r.eventId(), List.of()));
        }).toList();
    }

    @Transactional
    public DailyIncident.Action recordAction(UUID eventId, String action, String owner) {
        access.requireCapability(Capability.WORK_FRONT_DOOR, AuditAction.WRITE, "frontdoor/daily-meeting");
        if (!incidents.exists(eventId)) {
            throw new NotFoundException("No such incident on the daily meeting");
        }
        Checks checks = new Checks();
        String what = checks.text("action", action, MAX_TEXT, "Say what will be done");
        String who = checks.text("owner", owner, 200, "Say which agency or person owns the action");
        checks.throwIfAny();
        DailyIncident.Action recorded = new DailyIncident.Action(UUID.randomUUID(), what, who,
                CurrentUsers.require().displayName(), clock.instant());
        audit.allowed(AuditAction.WRITE, incidents.personOf(eventId), "frontdoor/daily-meeting/" + eventId,
                "Daily meeting action for " + who, LegalBasis.SAFEGUARDING);
        incidents.insertAction(eventId, recorded);
        return recorded;
    }
}
