package org.reachable.context;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.CurrentUser;
import org.reachable.access.CurrentUsers;
import org.reachable.access.LegalBasis;
import org.reachable.context.internal.ContextRepository;
import org.reachable.context.internal.LinkRepository;
import org.reachable.identity.ChildRegister;
import org.reachable.platform.validation.Checks;
import org.reachable.platform.web.AccessRefusedException;
import org.reachable.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public face of contexts: record a peer group, place, person of interest or online space; move it through
 * referral, assessment, plan and review; give its plan owned actions; link children and contexts with provenance;
 * challenge, resolve and review links. Viewing needs VIEW_CONTEXTS, changing MANAGE_CONTEXTS; persons of interest
 * need VIEW_PERSONS_OF_INTEREST; linking a child needs a legitimate relationship with the child (audited).
 */
@Service
public class Contexts {

    /** A link must be reviewed within a year, or it expires: peer maps must not become labels. */
    static final int MAX_REVIEW_MONTHS = 12;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ContextRepository repository;
    private final LinkRepository links;
    private final ChildRecordAccess access;
    private final ChildRegister register;
    private final Audit audit;
    private final Clock clock;

    Contexts(ContextRepository repository, LinkRepository links, ChildRecordAccess access, ChildRegister register,
             Audit audit, Clock clock) {
        this.repository = repository;
        this.links = links;
        this.access = access;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    /** Contexts the viewer may see (persons of interest only with the capability). */
    @Transactional(readOnly = true)
    public List<Context> list() {
        access.requireCapability(Capability.VIEW_CONTEXTS, AuditAction.READ, "contexts");
        EnumSet<ContextKind> kinds = EnumSet.allOf(ContextKind.class);
        if (!CurrentUsers.require().can(Capability.VIEW_PERSONS_OF_INTEREST)) {
            kinds.remove(ContextKind.PERSON_OF_INTEREST);
        }
        return repository.list(kinds, 500);
    }

    /**
     * The names of these contexts for agendas and other modules' pages: persons of interest are named only to roles
     * that may see them, and are otherwise left out (the caller shows its own neutral words).
     */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, String> namesOf(java.util.Collection<UUID> ids) {
        boolean seesPersons = CurrentUsers.current().map(u -> u.can(Capability.VIEW_PERSONS_OF_INTEREST)).orElse(false);
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        for (Context c : repository.findAll(ids)) {
            if (!c.kind().restricted() || seesPersons) {
                names.put(c.id(), c.name());
            }
        }
        return names;
    }

    /** Refuses (audited) a role that may not record contexts, before it is shown a form it cannot send. */
    public void requireCanRecord() {
        access.requireCapability(Capability.MANAGE_CONTEXTS, AuditAction.WRITE, "contexts");
    }

    @Transactional
    public UUID create(NewContext c) {
        access.requireCapability(Capability.MANAGE_CONTEXTS, AuditAction.WRITE, "contexts");
        Checks checks = new Checks();
        ContextKind kind = checks.code("kind", c.kind(), ContextKind::fromCode, ContextKind.allowedCodes());
        if (kind != null && kind.restricted()) {
            access.requireCapability(Capability.VIEW_PERSONS_OF_INTEREST, AuditAction.WRITE, "contexts");
        }
        String name = checks.text("name", c.name(), 200, "Enter a name that describes the context, not a label");
        String description = checks.optionalText("description", c.description(), 4000);
        String referredBy = checks.text("referredBy", c.referredBy(), 200, "Enter who referred this context");
        Double latitude = coordinate(checks, "latitude", c.latitude(), 90);
        Double longitude = coordinate(checks, "longitude", c.longitude(), 180);
        checks.require((latitude == null) == (longitude == null), "longitude", c.longitude(),
                "Give both latitude and longitude, or neither");
        String area = checks.optionalText("areaGeoJson", c.areaGeoJson(), 20_000);
        checks.require(area == null || area.contains("\"Polygon\""), "areaGeoJson", area,
                "Must be a GeoJSON Polygon, like {\"type\": \"Polygon\", \"coordinates\": [...]}");
        checks.require(kind != ContextKind.PLACE || latitude != null || area != null, "latitude", c.latitude(),
                "A place needs a point (latitude and longitude) or an area");
        String platform = checks.optionalText("platform", c.platform(), 100);
        String handle = checks.optionalText("handle", c.handle(), 200);
        checks.require(kind != ContextKind.ONLINE_SPACE || platform != null, "platform", c.platform(),
                "An online space needs its platform, like Snapchat or a gaming server");
        checks.throwIfAny();
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        CurrentUser user = CurrentUsers.require();
        repository.insert(new Context(id, kind, name, description == null ? "" : description, ContextStage.REFERRAL,
                latitude, longitude, area, platform, handle, referredBy, now, now, 0), user.id());
        repository.insertNote(id, new StageNote(UUID.randomUUID(), ContextStage.REFERRAL,
                "Referred by " + referredBy, null, null, null, user.displayName(), now), user.id());
        audit.allowed(AuditAction.WRITE, null, "context/" + id, "Recorded a " + kind.label().toLowerCase(),
                LegalBasis.SAFEGUARDING);
        return id;
    }

    /** The context's page: its links name only the children the viewer may open, and naming each is audited. */
    @Transactional
    public ContextFile open(UUID id) {
        String resource = "context/" + id;
        Context context = visible(repository, access, audit, id, resource);
        CurrentUser user = CurrentUsers.require();
        List<Link> all = links.ofContext(id);
        Set<UUID> children = new HashSet<>();
        Set<UUID> contextIds = new HashSet<>();
        for (Link l : all) {
            (l.fromChild() ? children : contextIds).add(l.fromId());
            (l.toChild() ? children : contextIds).add(l.toId());
        }
        Map<UUID, Context> ends = repository.findAll(contextIds).stream()
                .collect(Collectors.toMap(Context::id, Function.identity()));
        Viewer viewer = Viewer.of(user, children, Set.of(), access, register, audit, resource,
                "Named on the page of " + context.kind().label().toLowerCase() + " " + context.name(), List.of());
        LocalDate today = today();
        List<LinkRow> rows = new ArrayList<>();
        int hidden = 0;
        for (Link l : all) {
            Context from = ends.get(l.fromId());
            Context to = ends.get(l.toId());
            if ((from != null && viewer.hides(from.kind())) || (to != null && viewer.hides(to.kind()))) {
                hidden++;
                continue;
            }
            rows.add(Rows.of(l, node(viewer, l.fromChild(), l.fromId(), from),
                    node(viewer, l.toChild(), l.toId(), to), 1, today));
        }
        return new ContextFile(context, repository.notes(id), repository.actions(id), rows,
                links.challengesOfContext(id), hidden);
    }

    @Transactional
    public void advance(UUID id, NewStageNote note) {
        Context context = changeable(id);
        Checks checks = new Checks();
        ContextStage stage = checks.code("stage", note.stage(), ContextStage::fromCode, ContextStage.allowedCodes());
        String text = checks.text("note", note.note(), 8000, "Say what was found or decided at this stage");
        String dynamics = checks.optionalText("dynamics", note.dynamics(), 4000);
        String influence = checks.optionalText("influence", note.influence(), 4000);
        String places = checks.optionalText("placesUsed", note.placesUsed(), 4000);
        checks.require(stage != ContextStage.ASSESSMENT || context.kind() != ContextKind.PEER_GROUP
                        || dynamics != null, "dynamics", note.dynamics(),
                "A peer-group assessment describes the group's dynamics (who influences whom, how it has changed)");
        checks.throwIfAny();
        Instant now = clock.instant();
        if (!repository.changeStage(id, stage, context.version(), now)) {
            new Checks().problem("stage", note.stage(), "Someone else changed this context just now; reload it")
                    .throwIfAny();
        }
        CurrentUser user = CurrentUsers.require();
        repository.insertNote(id, new StageNote(UUID.randomUUID(), stage, text, dynamics, influence, places,
                user.displayName(), now), user.id());
        audit.allowed(AuditAction.WRITE, null, "context/" + id, "Stage: " + stage.label(), LegalBasis.SAFEGUARDING);
    }

    @Transactional
    public UUID addAction(UUID id, NewAction action) {
        changeable(id);
        Checks checks = new Checks();
        String agency = checks.text("agency", action.agency(), 200,
                "Enter the agency that owns the action (any partner, including transport, licensing or a business)");
        String owner = checks.text("owner", action.owner(), 200, "Enter the named owner");
        String description = checks.text("description", action.description(), 2000, "Say what will be done");
        LocalDate due = futureDate(checks, "dueOn", action.dueOn(), 24, "Enter when it is due");
        checks.throwIfAny();
        UUID actionId = UUID.randomUUID();
        repository.insertAction(new ContextAction(actionId, id, agency, owner, description, due, "OPEN",
                clock.instant()), CurrentUsers.require().id());
        audit.allowed(AuditAction.WRITE, null, "context/" + id, "Added an action for " + agency,
                LegalBasis.SAFEGUARDING);
        return actionId;
    }

    @Transactional
    public void setActionStatus(UUID id, UUID actionId, String status) {
        changeable(id);
        Checks checks = new Checks();
        checks.require(Set.of("OPEN", "DONE", "CANCELLED").contains(status), "status", status,
                "Must be OPEN, DONE or CANCELLED");
        checks.throwIfAny();
        if (!repository.changeActionStatus(id, actionId, status, clock.instant())) {
            throw new NotFoundException("No such action on this context");
        }
        audit.allowed(AuditAction.WRITE, null, "context/" + id, "Action " + actionId + ": " + status,
                LegalBasis.SAFEGUARDING);
    }

    /** Records a link. Each child end needs a legitimate relationship with that child (checked and audited). */
    @Transactional
    public UUID link(NewLink l) {
        access.requireCapability(Capability.MANAGE_CONTEXTS, AuditAction.WRITE, "context/links");
        Checks checks = new Checks();
        End from = end(checks, "from", l.fromChild(), l.fromContext());
        End to = end(checks, "to", l.toChild(), l.toContext());
        Relation relation = checks.code("relation", l.relation(), Relation::fromCode, Relation.allowedCodes());
        Strength strength = checks.code("strength", l.strength(), Strength::fromCode, "WEAK, MODERATE, STRONG");
        String source = checks.text("source", l.source(), 500,
                "Say where this comes from (a report, an observation, the child's own words)");
        String statedBy = checks.text("statedBy", l.statedBy(), 200, "Say who said it");
        LocalDate statedOn = checks.pastDate("statedOn", l.statedOn(), today(), "Enter when it was said");
        LocalDate reviewBy = futureDate(checks, "reviewBy", l.reviewBy(), MAX_REVIEW_MONTHS,
                "Enter when this link must be reviewed; links expire unless reviewed");
        checks.require(l.protective() == null || l.protective().isBlank() || l.protective().equals("true")
                || l.protective().equals("false"), "protective", l.protective(), "Must be true or false");
        UUID within = l.withinContext() == null || l.withinContext().isBlank() ? null
                : uuid(checks, "withinContext", l.withinContext());
        if (from != null && to != null) {
            checks.require(!from.id().equals(to.id()), "toChild", l.toChild(), "A link joins two different ends");
            checks.require(relation != Relation.CONFLICT || (!from.child() && !to.child()), "relation",
                    l.relation(), "A conflict is recorded between two groups, not about a child");
            checks.require(!(from.child() && to.child()) || within != null, "withinContext", l.withinContext(),
                    "A link between two children belongs to a context (the group or place they share)");
        }
        checks.throwIfAny();
        UUID contextId = within != null ? within : !to.child() ? to.id() : from.id();
        for (End e : List.of(from, to)) {
            if (e.child()) {
                access.requireRead(e.id(), AuditAction.WRITE, "context/link");
            } else {
                visible(repository, access, audit, e.id(), "context/" + e.id());
            }
        }
        if (within != null) {
            visible(repository, access, audit, within, "context/" + within);
        }
        boolean protective = l.protective() == null || l.protective().isBlank() ? relation.protective()
                : Boolean.parseBoolean(l.protective());
        UUID id = UUID.randomUUID();
        links.insert(new Link(id, from.id(), from.child(), to.id(), to.child(), contextId, relation, protective,
                strength, source, statedBy, statedOn, reviewBy, "ACTIVE", clock.instant(), null),
                CurrentUsers.require().id());
        return id;
    }

    /** Challenges a link with a reason: it is disputed (shown as such) until someone resolves the challenge. */
    @Transactional
    public void challenge(UUID linkId, String reason) {
        Link link = changeableLink(linkId);
        Checks checks = new Checks();
        String text = checks.text("reason", reason, 2000, "Say why this link is wrong or out of date");
        checks.require(text == null || text.length() >= 10, "reason", reason,
                "Give a reason of at least 10 characters that others can weigh");
        checks.throwIfAny();
        CurrentUser user = CurrentUsers.require();
        links.changeStatus(linkId, "ACTIVE", "DISPUTED");
        links.insertChallenge(new Challenge(UUID.randomUUID(), linkId, text, user.displayName(), clock.instant(),
                null, null, null, null), user.id());
        auditChildEnds(link, "Challenged a link: " + text);
    }

    /** UPHELD ends the link; REJECTED keeps it, current again. */
    @Transactional
    public void resolve(UUID linkId, String outcome, String resolution) {
        Link link = changeableLink(linkId);
        Checks checks = new Checks();
        checks.require("UPHELD".equals(outcome) || "REJECTED".equals(outcome), "outcome", outcome,
                "Must be UPHELD (the link ends) or REJECTED (the link stands)");
        String text = checks.text("resolution", resolution, 2000, "Say how the challenge was resolved");
        checks.require(link.disputed(), "outcome", outcome, "This link has no open challenge");
        // A challenge is weighed by someone other than the person who raised it, as a second pair of eyes.
        CurrentUser user = CurrentUsers.require();
        checks.require(!links.openChallengers(linkId).contains(user.id()), "outcome", outcome,
                "You raised this challenge; someone else with access to the context must resolve it");
        checks.throwIfAny();
        links.resolveChallenges(linkId, outcome, text, user.displayName(), clock.instant());
        links.changeStatus(linkId, "DISPUTED", "UPHELD".equals(outcome) ? "ENDED" : "ACTIVE");
        auditChildEnds(link, "Resolved a challenge to a link: " + outcome);
    }

    /** Someone checked the link still holds: it stays in the network until the new review date. */
    @Transactional
    public void review(UUID linkId, String reviewBy) {
        Link link = changeableLink(linkId);
        Checks checks = new Checks();
        LocalDate date = futureDate(checks, "reviewBy", reviewBy, MAX_REVIEW_MONTHS, "Enter the next review date");
        checks.throwIfAny();
        links.review(linkId, date, clock.instant());
        auditChildEnds(link, "Reviewed a link; next review by " + date);
    }

    /** The context if the viewer may see it (persons of interest are restricted); refusals are audited. */
    static Context visible(ContextRepository repository, ChildRecordAccess access, Audit audit, UUID id,
                           String resource) {
        access.requireCapability(Capability.VIEW_CONTEXTS, AuditAction.READ, resource);
        Context context = repository.find(id).orElseThrow(() -> new NotFoundException("No context with that id"));
        if (context.kind().restricted() && !CurrentUsers.require().can(Capability.VIEW_PERSONS_OF_INTEREST)) {
            String why = "Role " + CurrentUsers.require().role().name() + " may not see persons of interest";
            audit.denied(AuditAction.READ, null, resource, why);
            throw new AccessRefusedException(why, null, false);
        }
        return context;
    }

    private Context changeable(UUID id) {
        access.requireCapability(Capability.MANAGE_CONTEXTS, AuditAction.WRITE, "context/" + id);
        return visible(repository, access, audit, id, "context/" + id);
    }

    private Link changeableLink(UUID linkId) {
        access.requireCapability(Capability.MANAGE_CONTEXTS, AuditAction.WRITE, "context/link/" + linkId);
        Link link = links.find(linkId).orElseThrow(() -> new NotFoundException("No link with that id"));
        for (UUID end : List.of(link.fromId(), link.toId())) {
            if (repository.find(end).isPresent()) {
                visible(repository, access, audit, end, "context/link/" + linkId);
            }
        }
        if (link.ended()) {
            new Checks().problem("link", linkId, "This link has ended; record a new one if it holds again")
                    .throwIfAny();
        }
        return link;
    }

    private void auditChildEnds(Link link, String purpose) {
        for (UUID end : List.of(link.fromId(), link.toId())) {
            boolean child = end.equals(link.fromId()) ? link.fromChild() : link.toChild();
            audit.allowed(AuditAction.WRITE, child ? end : null, "context/link/" + link.id(), purpose,
                    LegalBasis.SAFEGUARDING);
        }
    }

    private static Node node(Viewer viewer, boolean child, UUID id, Context context) {
        if (child) {
            return viewer.child(id);
        }
        return context == null ? new Node("PLACE", "a context that no longer exists", null, null, false)
                : Node.context(context.id(), context.kind(), context.name());
    }

    private record End(UUID id, boolean child) {
    }

    private End end(Checks checks, String side, String child, String context) {
        boolean hasChild = child != null && !child.isBlank();
        boolean hasContext = context != null && !context.isBlank();
        if (hasChild == hasContext) {
            checks.problem(side + "Child", child, "Give either a child or a context for this end of the link");
            return null;
        }
        if (hasContext) {
            UUID id = uuid(checks, side + "Context", context);
            return id == null ? null : new End(id, false);
        }
        UUID id = findChild(child.strip());
        if (id == null) {
            checks.problem(side + "Child", child,
                    "No child in the register with this NHS number, UPN or Reachable id");
            return null;
        }
        return new End(id, true);
    }

    private UUID findChild(String value) {
        try {
            UUID id = UUID.fromString(value);
            return register.find(id).isPresent() ? id : null;
        } catch (IllegalArgumentException notAnId) {
            return register.findByAnyIdentifier(value).orElse(null);
        }
    }

    private static UUID uuid(Checks checks, String field, String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            checks.problem(field, value, "Must be a Reachable id (a UUID)");
            return null;
        }
    }

    private LocalDate futureDate(Checks checks, String field, String value, int maxMonths, String missing) {
        if (value == null || value.isBlank()) {
            checks.problem(field, value, missing);
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            LocalDate today = today();
            if (date.isBefore(today)) {
                checks.problem(field, value, "Must be today or later");
                return null;
            }
            if (date.isAfter(today.plusMonths(maxMonths))) {
                checks.problem(field, value, "Must be within " + maxMonths + " months from today");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            checks.problem(field, value, "Must be a real date in the form yyyy-mm-dd");
            return null;
        }
    }

    private static Double coordinate(Checks checks, String field, String value, double limit) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip());
            if (Math.abs(d) > limit || Double.isNaN(d)) {
                checks.problem(field, value, "Must be between -" + (int) limit + " and " + (int) limit);
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            checks.problem(field, value, "Must be a decimal number, like 51.5833");
            return null;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }
}
