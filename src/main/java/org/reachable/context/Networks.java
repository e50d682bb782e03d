package org.reachable.context;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.reachable.access.Audit;
import org.reachable.access.AuditSubject;
import org.reachable.access.LegalBasis;
import org.reachable.access.RecordAccess;
import java.util.Optional;
import org.reachable.access.AuditAction;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.CurrentUser;
import org.reachable.access.CurrentUsers;
import org.reachable.context.internal.ContextRepository;
import org.reachable.context.internal.LinkRepository;
import org.reachable.context.internal.LinkRepository.Walked;
import org.reachable.identity.ChildRecord;
import org.reachable.identity.ChildRegister;
import org.reachable.identity.Relationship;
import org.reachable.platform.web.AccessRefusedException;
import org.reachable.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The network around a child or a context: two hops of current links (expired and ended links are left out),
 * siblings from the child's identity record, filtered by what the viewer may see. Children the viewer may not open
 * appear as "a child (no access)", and the links hanging off such a child are not shown (only counted), so the map
 * never describes an unidentified child's life; persons of interest appear only to roles that may see them.
 */
@Service
public class Networks {

    /** Enough for any real neighbourhood; a hub (a busy place) beyond it is cut and the page says so. */
    static final int MAX_LINKS = 2_000;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final LinkRepository links;
    private final ContextRepository contexts;
    private final ChildRecordAccess access;
    private final ChildRegister register;
    private final Audit audit;
    private final Clock clock;

    Networks(LinkRepository links, ContextRepository contexts, ChildRecordAccess access, ChildRegister register,
             Audit audit, Clock clock) {
        this.links = links;
        this.contexts = contexts;
        this.access = access;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    public NetworkView aroundChild(UUID childId) {
        String resource = "context/network/child/" + childId;
        access.requireCapability(Capability.VIEW_CONTEXTS, AuditAction.READ, resource);
        CurrentUser user = CurrentUsers.require();
        // The read of the centre child is audited together with the children named around them (one durable append
        // instead of two); a refusal, or a break-glass read with its own legal basis, goes through requireRead.
        Optional<RecordAccess> basis = access.basis(user, childId);
        List<AuditSubject> centreRead = List.of();
        if (basis.isEmpty() || basis.get().legalBasis() != LegalBasis.SAFEGUARDING) {
            access.requireRead(childId, AuditAction.READ, resource);
        } else {
            centreRead = List.of(new AuditSubject(childId, resource, basis.get().description()));
        }
        ChildRecord record = register.find(childId).orElseThrow(() -> new NotFoundException("No child with that id"));
        List<Walked> walked = links.neighbourhood(childId, today(), MAX_LINKS + 1);
        List<Relationship> siblings = record.relationships().stream()
                .filter(r -> r.kind() == Relationship.Kind.SIBLING || r.kind() == Relationship.Kind.HALF_SIBLING)
                .toList();
        Set<UUID> children = childrenIn(walked);
        siblings.stream().map(Relationship::relatedPersonId).filter(java.util.Objects::nonNull).forEach(children::add);
        Viewer viewer = Viewer.of(user, children, Set.of(childId), access, register, audit, resource,
                "Named in the network around a child", centreRead);
        Node centre = Node.child(childId, record.name().full());
        return build(centre, walked, viewer, siblings);
    }

    public NetworkView aroundContext(UUID contextId) {
        String resource = "context/network/" + contextId;
        Context context = Contexts.visible(contexts, access, audit, contextId, resource);
        List<Walked> walked = links.neighbourhood(contextId, today(), MAX_LINKS + 1);
        Viewer viewer = Viewer.of(CurrentUsers.require(), childrenIn(walked), Set.of(), access, register, audit,
                resource, "Named in the network around " + context.kind().label().toLowerCase() + " " + context.name(),
                List.of());
        return build(Node.context(context.id(), context.kind(), context.name()), walked, viewer, List.of());
    }

    private NetworkView build(Node centre, List<Walked> walked, Viewer viewer, List<Relationship> siblings) {
        boolean truncated = walked.size() > MAX_LINKS;
        List<Walked> shown = truncated ? walked.subList(0, MAX_LINKS) : walked;
        LocalDate today = today();
        List<LinkRow> rows = new ArrayList<>();
        Map<String, List<Node>> groups = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<String> conflicts = new ArrayList<>();
        int hidden = 0;
        for (Walked w : shown) {
            if (viewer.hides(w.fromKind()) || viewer.hides(w.toKind())) {
                continue;
            }
            Link l = w.link();
            // A hop-two link through a child the viewer may not open would describe that child's life: count it only.
            if (w.hop() == 2 && hangsOffHiddenChild(l, centre, viewer)) {
                hidden++;
                continue;
            }
            Node from = l.fromChild() ? viewer.child(l.fromId()) : Node.context(l.fromId(), w.fromKind(), w.fromName());
            Node to = l.toChild() ? viewer.child(l.toId()) : Node.context(l.toId(), w.toKind(), w.toName());
            rows.add(Rows.of(l, from, to, w.hop(), today));
            if (l.relation() == Relation.CONFLICT) {
                conflicts.add(from.label() + " and " + to.label());
            }
            for (Node n : List.of(from, to)) {
                if (!n.equals(centre) && (n.id() == null || seen.add(n.type() + n.id()))) {
                    groups.computeIfAbsent(heading(n, l, centre), k -> new ArrayList<>()).add(n);
                }
            }
        }
        for (Relationship s : siblings) {
            UUID id = s.relatedPersonId();
            boolean open = id != null && viewer.mayOpen(id);
            Node sibling = new Node("SIBLING", s.relatedName(), open ? id : null, open ? "/children/" + id : null, open);
            groups.computeIfAbsent("Siblings (from the child's record)", k -> new ArrayList<>()).add(sibling);
        }
        return new NetworkView(centre, rows, groups, List.copyOf(new LinkedHashSet<>(conflicts)), hidden, truncated);
    }

    private static boolean hangsOffHiddenChild(Link l, Node centre, Viewer viewer) {
        boolean fromHidden = l.fromChild() && !viewer.mayOpen(l.fromId()) && !l.fromId().equals(centre.id());
        boolean toHidden = l.toChild() && !viewer.mayOpen(l.toId()) && !l.toId().equals(centre.id());
        return fromHidden || toHidden;
    }

    private static String heading(Node n, Link l, Node centre) {
        if (n.child()) {
            return "Children and young people";
        }
        return switch (ContextKind.valueOf(n.type())) {
            case PEER_GROUP -> "Peer groups";
            case PLACE -> "Places";
            case PERSON_OF_INTEREST -> "Adults of concern (persons of interest)";
            case ONLINE_SPACE -> "Online spaces";
        };
    }

    private static Set<UUID> childrenIn(List<Walked> walked) {
        Set<UUID> children = new HashSet<>();
        for (Walked w : walked) {
            if (w.link().fromChild()) {
                children.add(w.link().fromId());
            }
            if (w.link().toChild()) {
                children.add(w.link().toId());
            }
        }
        return children;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }
}
