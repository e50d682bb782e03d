package org.reachable.context;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.LegalBasis;
import org.reachable.context.internal.ContextRepository;
import org.reachable.context.internal.LinkRepository;
import org.reachable.identity.ChildRegister;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The context view for a context conference: the context's dynamics, places, counts and actions, with no child
 * named. Free text written by practitioners could still name a child, so every name of every child linked to the
 * context is taken out of the notes shown ("[a child]").
 */
@Service
public class ContextConference {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String REDACTED = "[a child]";

    private final ContextRepository repository;
    private final LinkRepository links;
    private final ChildRecordAccess access;
    private final ChildRegister register;
    private final Audit audit;
    private final Clock clock;

    ContextConference(ContextRepository repository, LinkRepository links, ChildRecordAccess access,
                      ChildRegister register, Audit audit, Clock clock) {
        this.repository = repository;
        this.links = links;
        this.access = access;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ConferenceView of(UUID id) {
        String resource = "context/" + id + "/conference";
        Context context = Contexts.visible(repository, access, audit, id, resource);
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        List<Link> all = links.ofContext(id);
        Set<UUID> children = new HashSet<>();
        Set<UUID> others = new HashSet<>();
        int risk = 0;
        int protective = 0;
        int disputed = 0;
        int expired = 0;
        int peers = 0;
        for (Link l : all) {
            if (l.ended()) {
                continue;
            }
            if (l.expired(today)) {
                expired++;
                continue;
            }
            if (l.fromChild()) {
                children.add(l.fromId());
            } else if (!l.fromId().equals(id)) {
                others.add(l.fromId());
            }
            if (l.toChild()) {
                children.add(l.toId());
            } else if (!l.toId().equals(id)) {
                others.add(l.toId());
            }
            if (l.fromChild() && l.toChild()) {
                peers++;
            }
            if (l.fromChild() || l.toChild()) {
                if (l.protective()) {
                    protective++;
                } else {
                    risk++;
                }
            }
            if (l.disputed()) {
                disputed++;
            }
        }
        Map<UUID, Context> around = repository.findAll(others).stream()
                .collect(Collectors.toMap(Context::id, Function.identity()));
        boolean seesPersons = org.reachable.access.CurrentUsers.require()
                .can(org.reachable.access.Capability.VIEW_PERSONS_OF_INTEREST);
        List<String> aroundWords = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        for (Link l : all) {
            if (l.ended() || l.expired(today) || l.fromChild() || l.toChild()) {
                continue;
            }
            Context other = around.get(l.fromId().equals(id) ? l.toId() : l.fromId());
            if (other == null || (other.kind().restricted() && !seesPersons)) {
                continue;
            }
            String words = other.kind().label() + ": " + other.name() + " (" + l.relation().words() + ")";
            (l.relation() == Relation.CONFLICT ? conflicts : aroundWords).add(words);
        }
        Pattern names = namesOf(register.names(children).values());
        List<StageNote> notes = repository.notes(id).stream()
                .map(n -> new StageNote(n.id(), n.stage(), redact(names, n.note()), redact(names, n.dynamics()),
                        redact(names, n.influence()), redact(names, n.placesUsed()), n.recordedBy(), n.recordedAt()))
                .toList();
        audit.allowed(AuditAction.READ, null, resource, "Context conference view (no child named)",
                LegalBasis.SAFEGUARDING);
        return new ConferenceView(context, children.size(), risk, protective, disputed, expired, peers, aroundWords,
                conflicts, notes, repository.actions(id));
    }

    /** Every part (two letters or more) of every name, as whole words, case-insensitive; null when there are none. */
    static Pattern namesOf(Collection<String> fullNames) {
        Set<String> parts = new HashSet<>();
        for (String name : fullNames) {
            for (String part : name.split("[\\s-]+")) {
                if (part.length() >= 2) {
                    parts.add(Pattern.quote(part));
                }
            }
        }
        return parts.isEmpty() ? null
                : Pattern.compile("\\b(" + String.join("|", parts) + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    static String redact(Pattern names, String text) {
        return text == null || names == null ? text : names.matcher(text).replaceAll(REDACTED);
    }
}
