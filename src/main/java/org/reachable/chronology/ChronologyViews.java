package org.reachable.chronology;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.reachable.access.AuditAction;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.CurrentUser;
import org.reachable.access.CurrentUsers;
import org.reachable.access.RecordAccess;
import org.reachable.access.Relationships;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.Organisations;
import org.reachable.chronology.internal.ChronologyRepository;
import org.reachable.chronology.internal.EventFilter;
import org.reachable.chronology.internal.KeyFactsCalculator;
import org.reachable.identity.ChildRecord;
import org.reachable.identity.ChildRegister;
import org.reachable.platform.validation.Checks;
import org.reachable.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Shows one child's chronology to the signed-in user: checks and audits access first, then assembles the page of
 * events, the key facts and what is new since this person last looked.
 */
@Service
public class ChronologyViews {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ChronologyRepository repository;
    private final ChildRecordAccess access;
    private final ChildRegister register;
    private final Organisations organisations;
    private final Relationships relationships;
    private final Clock clock;

    ChronologyViews(ChronologyRepository repository, ChildRecordAccess access, ChildRegister register,
                    Organisations organisations, Relationships relationships, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.register = register;
        this.organisations = organisations;
        this.relationships = relationships;
        this.clock = clock;
    }

    /** {@code action} is READ for the page and API, EXPORT for the printable version. */
    public ChronologyView view(UUID personId, ChronologyQuery query, AuditAction action) {
        EventFilter filter = validate(query);
        RecordAccess basis = access.requireRead(personId, action, "chronology");
        ChildRecord child = register.find(personId)
                .orElseThrow(() -> new NotFoundException("No child with that id"));
        CurrentUser user = CurrentUsers.require();
        Instant now = clock.instant();
        Optional<Instant> lastViewed = repository.lastViewed(user.id(), personId);
        long newCount = lastViewed.map(since -> repository.countReceivedSince(personId, since)).orElse(0L);

        long matching = repository.count(personId, filter);
        int pages = (int) Math.max(1, (matching + query.pageSize() - 1) / query.pageSize());
        int page = Math.min(Math.max(1, query.page()), pages);
        List<ChronologyEvent> events = repository.page(personId, filter, query.newestFirst(), query.pageSize(),
                (page - 1) * query.pageSize());
        boolean lead = basis.basis() == RecordAccess.Basis.LEAD_PRACTITIONER;
        List<ChronologyEntry> entries = events.stream()
                .map(e -> entry(e, lead || e.organisationId().equals(user.organisationId()), lastViewed))
                .toList();

        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        KeyFacts keyFacts = KeyFactsCalculator.calculate(
                repository.latestOfTypes(personId, KeyFactsCalculator.RELEVANT,
                        today.minusDays(KeyFactsCalculator.RECENT_DAYS).atStartOfDay(LONDON).toInstant()),
                organisations::find, relationships.teamAround(personId), today);
        repository.markViewed(user.id(), personId, now);
        List<Map<String, Object>> facets = repository.facets(personId);
        return new ChronologyView(child, basis, keyFacts, entries, matching, page, pages, lastViewed.orElse(null),
                newCount, organisationChoices(facets), typeChoices(facets));
    }

    private ChronologyEntry entry(ChronologyEvent e, boolean mayOpenRestricted, Optional<Instant> lastViewed) {
        Optional<Organisation> organisation = organisations.find(e.organisationId());
        boolean withheld = e.sensitivity() == Sensitivity.RESTRICTED && !mayOpenRestricted;
        List<ChronologyEntry.Detail> details = withheld ? List.of() : e.type().attributes().stream()
                .filter(a -> e.details().containsKey(a.name()))
                .map(a -> new ChronologyEntry.Detail(a.label(), DetailWords.of(a, e.details().get(a.name()))))
                .toList();
        return new ChronologyEntry(e.id(), e.occurredAt(), e.recordedAt(), e.receivedAt(), e.type(),
                organisation.map(Organisation::name).orElse("Unknown organisation"),
                organisation.map(o -> o.kind().sector().name()).orElse(""),
                withheld ? "" : e.recordedBy(), e.sourceSystem(), e.sourceRef(), e.sensitivity(), withheld,
                withheld ? "Restricted entry. Ask the lead practitioner or "
                        + organisation.map(Organisation::name).orElse("the recording agency") + " about it."
                        : e.summary(),
                withheld ? null : e.childWords(), details,
                lastViewed.map(since -> e.receivedAt().isAfter(since)).orElse(false));
    }

    private Map<UUID, String> organisationChoices(List<Map<String, Object>> facets) {
        Map<UUID, String> choices = new LinkedHashMap<>();
        facets.stream().map(row -> (UUID) row.get("organisation_id")).distinct()
                .map(organisations::find).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Organisation::name))
                .forEach(o -> choices.put(o.id(), o.name()));
        return choices;
    }

    private Map<String, String> typeChoices(List<Map<String, Object>> facets) {
        Map<String, String> choices = new LinkedHashMap<>();
        facets.stream().map(row -> (String) row.get("type")).distinct()
                .map(EventType::fromCode).flatMap(Optional::stream)
                .sorted(Comparator.comparing(EventType::label))
                .forEach(t -> choices.put(t.code(), t.label()));
        return choices;
    }

    /** Checks the query and turns it into a filter; every problem is reported at once. */
    static EventFilter validate(ChronologyQuery q) {
        Checks checks = new Checks();
        checks.require(q.pageSize() >= 1 && q.pageSize() <= ChronologyQuery.MAX_PAGE_SIZE, "pageSize", q.pageSize(),
                "Must be between 1 and " + ChronologyQuery.MAX_PAGE_SIZE);
        checks.require(q.page() >= 1, "page", q.page(), "Must be 1 or more");
        checks.require(q.from() == null || q.to() == null || !q.from().isAfter(q.to()), "from", q.from(),
                "Must be on or before the 'to' date");
        List<String> codes = new ArrayList<>();
        for (String code : q.types()) {
            if (EventType.fromCode(code).isEmpty()) {
                checks.problem("type", code, "Unknown event type; must be one of: " + EventType.allowedCodes());
            } else {
                codes.add(code);
            }
        }
        checks.throwIfAny();
        q.families().forEach(f -> Stream.of(EventType.values()).filter(t -> t.family() == f)
                .forEach(t -> codes.add(t.code())));
        return new EventFilter(codes.isEmpty() ? null : codes.stream().distinct().toList(),
                q.organisations().isEmpty() ? null : q.organisations(),
                q.from() == null ? null : q.from().atStartOfDay(LONDON).toInstant(),
                q.to() == null ? null : q.to().plusDays(1).atStartOfDay(LONDON).toInstant());
    }
}
