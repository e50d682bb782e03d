package org.reachable.context;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.AuditSubject;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.CurrentUser;
import org.reachable.access.CurrentUsers;
import org.reachable.access.LegalBasis;
import org.reachable.chronology.CheckedEvent;
import org.reachable.chronology.EventType;
import org.reachable.chronology.EventsAccepted;
import org.reachable.chronology.NewEvent;
import org.reachable.chronology.ReceiveEvents;
import org.reachable.chronology.ReceivedEvent;
import org.reachable.context.internal.CriticalIncidentRepository;
import org.reachable.context.internal.LinkRepository;
import org.reachable.context.internal.LinkRepository.Walked;
import org.reachable.identity.AgeAndPostcode;
import org.reachable.identity.ChildRegister;
import org.reachable.identity.Relationship;
import org.reachable.platform.validation.Checks;
import org.reachable.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Critical-incident response. When a child is seriously harmed or killed, lists the children most likely affected
 * (peers, children in the same peer group, place or online space, siblings) and records on each of their
 * chronologies that someone close to them was seriously harmed, so the reachable-moments rule for that raises an
 * alert to their practitioners (or the MASH); then tracks the coordinated response (who was offered support, by whom,
 * taken up or not; what schools and youth centres did).
 */
@Service
public class CriticalIncidents {

    static final String SOURCE_SYSTEM = "reachable-context";
    private static final Logger log = LoggerFactory.getLogger(CriticalIncidents.class);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Set<String> SETTINGS = Set.of("CHILD", "SCHOOL", "YOUTH_CENTRE", "OTHER");

    private final CriticalIncidentRepository incidents;
    private final LinkRepository links;
    private final ChildRegister register;
    private final ReceiveEvents receive;
    private final ChildRecordAccess access;
    private final Audit audit;
    private final Clock clock;

    CriticalIncidents(CriticalIncidentRepository incidents, LinkRepository links, ChildRegister register,
                      ReceiveEvents receive, ChildRecordAccess access, Audit audit, Clock clock) {
        this.incidents = incidents;
        this.links = links;
        this.register = register;
        this.receive = receive;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens the incident for a committed serious-harm event (once per event) and alerts around the child. */
    @Transactional
    public void open(EventsAccepted.Accepted harm) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String reference = "CI-" + LocalDate.ofInstant(harm.occurredAt(), LONDON).toString().replace("-", "")
                + "-" + id.toString().substring(0, 6).toUpperCase();
        String severity = harm.details() == null ? null : harm.details().get("harm");
        CriticalIncident incident = new CriticalIncident(id, reference, harm.personId(), harm.eventId(),
                "KILLED".equals(severity) ? "KILLED" : "SERIOUSLY_INJURED", harm.occurredAt(), now, "OPEN", 0);
        if (!incidents.insert(incident, harm.organisationId())) {
            return;
        }
        Map<UUID, Set<String>> affected = affected(harm.personId());
        Map<UUID, AgeAndPostcode> births = register.agesAndPostcodes(affected.keySet());
        String occurred = harm.occurredAt().atZone(LONDON).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES)
                .toString();
        List<ReceivedEvent> events = new ArrayList<>();
        List<AuditSubject> audited = new ArrayList<>();
        for (Map.Entry<UUID, Set<String>> e : affected.entrySet()) {
            UUID child = e.getKey();
            String reasons = String.join("; ", e.getValue());
            Checks checks = new Checks();
            AgeAndPostcode birth = births.get(child);
            CheckedEvent checked = birth == null || harm.organisationId() == null ? null : receive.check(new NewEvent(
                    EventType.PEER_SERIOUSLY_HARMED.code(), occurred,
                    "Someone close to the child was " + incident.harmWords() + " (critical incident " + reference
                            + "). Why this child: " + reasons + ".", null, "STANDARD",
                    Map.of("harm", incident.harm())), null, birth.dateOfBirth(), now, checks, "");
            UUID eventId = null;
            if (checked != null) {
                eventId = UUID.randomUUID();
                events.add(new ReceivedEvent(eventId, child, checked, harm.organisationId(),
                        "Reachable critical-incident response", now, SOURCE_SYSTEM, reference + "/" + child, null,
                        null));
            } else {
                log.warn("Critical incident {}: no peer-harm event for one child: {}", reference, checks.problems());
            }
            incidents.insertChild(id, child, reasons, eventId);
            audited.add(new AuditSubject(child, "context/incident/" + id,
                    "Critical incident: on the response list (" + reasons + ")"));
        }
        receive.receiveAll(events);
        audit.allowedAll(AuditAction.WRITE, audited, LegalBasis.SAFEGUARDING);
        log.info("Critical incident {} opened: {} children on the response list", reference, affected.size());
    }

    /**
     * The children most likely affected, with the reasons in plain words: direct peer links, other children linked to
     * the same peer group, place or online space (current links only; persons of interest are not a reason), and
     * siblings from the identity record.
     */
    Map<UUID, Set<String>> affected(UUID harmed) {
        Map<UUID, Set<String>> reasons = new LinkedHashMap<>();
        Map<UUID, String> shared = new HashMap<>();
        List<Walked> walked = links.neighbourhood(harmed, LocalDate.now(clock.withZone(LONDON)), 20_000);
        for (Walked w : walked) {
            Link l = w.link();
            if (w.hop() != 1) {
                continue;
            }
            boolean fromHarmed = l.fromId().equals(harmed);
            UUID other = fromHarmed ? l.toId() : l.fromId();
            boolean otherChild = fromHarmed ? l.toChild() : l.fromChild();
            ContextKind kind = fromHarmed ? w.toKind() : w.fromKind();
            String name = fromHarmed ? w.toName() : w.fromName();
            if (otherChild) {
                reasons.computeIfAbsent(other, k -> new LinkedHashSet<>()).add("a peer of the child");
            } else if (kind != null && !kind.restricted()) {
                shared.put(other, kind.label().toLowerCase() + " " + name);
            }
        }
        for (Walked w : walked) {
            Link l = w.link();
            if (w.hop() != 2 || l.relation() == Relation.CONFLICT) {
                continue;
            }
            if (l.toChild() && !l.fromChild() && shared.containsKey(l.fromId()) && !l.toId().equals(harmed)) {
                reasons.computeIfAbsent(l.toId(), k -> new LinkedHashSet<>()).add("same " + shared.get(l.fromId()));
            } else if (l.fromChild() && !l.toChild() && shared.containsKey(l.toId()) && !l.fromId().equals(harmed)) {
                reasons.computeIfAbsent(l.fromId(), k -> new LinkedHashSet<>()).add("same " + shared.get(l.toId()));
            }
        }
        register.find(harmed).ifPresent(record -> record.relationships().stream()
                .filter(r -> r.relatedPersonId() != null && (r.kind() == Relationship.Kind.SIBLING
                        || r.kind() == Relationship.Kind.HALF_SIBLING))
                .forEach(r -> reasons.computeIfAbsent(r.relatedPersonId(), k -> new LinkedHashSet<>())
                        .add(r.kind().label().toLowerCase())));
        reasons.remove(harmed);
        return reasons;
    }

    @Transactional(readOnly = true)
    public List<CriticalIncident> recent() {
        access.requireCapability(Capability.VIEW_CONTEXTS, AuditAction.READ, "context/incidents");
        return incidents.recent(100);
    }

    /** The incident as the viewer may see it; every child named on it is audited. */
    @Transactional
    public IncidentFile file(UUID id) {
        String resource = "context/incident/" + id;
        access.requireCapability(Capability.VIEW_CONTEXTS, AuditAction.READ, resource);
        CriticalIncident incident = incidents.find(id)
                .orElseThrow(() -> new NotFoundException("No critical incident with that id"));
        List<CriticalIncidentRepository.AffectedRow> rows = incidents.affected(id);
        Set<UUID> children = new HashSet<>();
        children.add(incident.personId());
        rows.forEach(r -> children.add(r.personId()));
        Viewer viewer = Viewer.of(CurrentUsers.require(), children, Set.of(), access, register, audit, resource,
                "Named on critical incident " + incident.reference(), List.of());
        List<IncidentResponse> all = incidents.responses(id);
        Map<UUID, String> latest = new HashMap<>();
        Set<UUID> offered = new HashSet<>();
        Set<UUID> takenUp = new HashSet<>();
        Set<UUID> declined = new HashSet<>();
        List<IncidentFile.Response> shown = new ArrayList<>();
        for (IncidentResponse r : all) {
            if (r.personId() != null) {
                offered.add(r.personId());
                latest.put(r.personId(), outcomeWords(r));
                ("TAKEN_UP".equals(r.outcome()) ? takenUp : "DECLINED".equals(r.outcome()) ? declined
                        : new HashSet<UUID>()).add(r.personId());
                if (viewer.mayOpen(r.personId())) {
                    shown.add(new IncidentFile.Response(viewer.child(r.personId()), r));
                }
            } else {
                shown.add(new IncidentFile.Response(null, r));
            }
        }
        List<IncidentFile.Affected> affected = rows.stream()
                .map(r -> new IncidentFile.Affected(viewer.child(r.personId()), r.reasons(), r.eventId() != null,
                        viewer.mayOpen(r.personId()) ? latest.getOrDefault(r.personId(), "Not yet offered") : null))
                .toList();
        return new IncidentFile(incident, viewer.child(incident.personId()), affected, shown, offered.size(),
                takenUp.size(), declined.size(), conflicts(incident.personId()));
    }

    @Transactional
    public UUID respond(UUID incidentId, NewResponse response) {
        String resource = "context/incident/" + incidentId;
        access.requireCapability(Capability.VIEW_CONTEXTS, AuditAction.WRITE, resource);
        CriticalIncident incident = incidents.find(incidentId)
                .orElseThrow(() -> new NotFoundException("No critical incident with that id"));
        Checks checks = new Checks();
        String setting = checks.code("setting", response.setting(),
                s -> SETTINGS.contains(s) ? java.util.Optional.of(s) : java.util.Optional.empty(),
                "CHILD, SCHOOL, YOUTH_CENTRE, OTHER");
        String offeredBy = checks.text("offeredBy", response.offeredBy(), 200,
                "Say who offered the support (a person and their agency)");
        String support = checks.text("support", response.support(), 2000, "Say what support was offered or done");
        String outcome = response.outcome() == null ? null : response.outcome().strip();
        UUID child = null;
        if ("CHILD".equals(setting)) {
            checks.require(Set.of("OFFERED", "TAKEN_UP", "DECLINED").contains(outcome), "outcome", outcome,
                    "Must be OFFERED, TAKEN_UP or DECLINED");
            try {
                child = UUID.fromString(response.child() == null ? "" : response.child().strip());
            } catch (IllegalArgumentException e) {
                checks.problem("child", response.child(), "Choose a child on the response list");
            }
            UUID chosen = child;
            checks.require(chosen == null || incidents.affected(incidentId).stream()
                    .anyMatch(r -> r.personId().equals(chosen)), "child", response.child(),
                    "This child is not on the incident's response list");
        } else if (setting != null) {
            checks.require(Set.of("OFFERED", "DONE").contains(outcome), "outcome", outcome, "Must be OFFERED or DONE");
            checks.require(response.child() == null || response.child().isBlank(), "child", response.child(),
                    "A school's or youth centre's response names no child");
        }
        checks.throwIfAny();
        CurrentUser user = CurrentUsers.require();
        if (child != null) {
            access.requireCapability(Capability.MANAGE_CONTEXTS, AuditAction.WRITE, resource);
            access.requireRead(child, AuditAction.WRITE, resource);
        } else {
            audit.allowed(AuditAction.WRITE, null, resource, "Recorded a " + setting.toLowerCase().replace('_', ' ')
                    + " response to " + incident.reference(), LegalBasis.SAFEGUARDING);
        }
        UUID id = UUID.randomUUID();
        incidents.insertResponse(new IncidentResponse(id, incidentId, child, setting, offeredBy, support, outcome,
                user.displayName(), clock.instant()), user.id());
        return id;
    }

    /** Groups in conflict with a group the harmed child is linked to: where retaliation may come from or go to. */
    private List<String> conflicts(UUID harmed) {
        Set<UUID> groups = new HashSet<>();
        List<Walked> walked = links.neighbourhood(harmed, LocalDate.now(clock.withZone(LONDON)), 20_000);
        walked.stream().filter(w -> w.hop() == 1).forEach(w -> {
            if (w.fromKind() == ContextKind.PEER_GROUP) {
                groups.add(w.link().fromId());
            }
            if (w.toKind() == ContextKind.PEER_GROUP) {
                groups.add(w.link().toId());
            }
        });
        Set<String> conflicts = new LinkedHashSet<>();
        for (Walked w : walked) {
            if (w.hop() == 2 && w.link().relation() == Relation.CONFLICT
                    && (groups.contains(w.link().fromId()) || groups.contains(w.link().toId()))) {
                conflicts.add(w.fromName() + " and " + w.toName());
            }
        }
        return List.copyOf(conflicts);
    }

    private static String outcomeWords(IncidentResponse r) {
        return switch (r.outcome()) {
            case "TAKEN_UP" -> "Taken up (" + r.offeredBy() + ")";
            case "DECLINED" -> "Declined (" + r.offeredBy() + ")";
            default -> "Offered by " + r.offeredBy();
        };
    }
}
