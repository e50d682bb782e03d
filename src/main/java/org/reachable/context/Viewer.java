package org.reachable.context;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.reachable.access.AuditAction;
import org.reachable.access.AuditSubject;
import org.reachable.access.Audit;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.CurrentUser;
import org.reachable.access.LegalBasis;
import org.reachable.identity.ChildRegister;

/**
 * What one viewer may see of the children and contexts on a page: which children they may open (named, and each
 * naming audited), which are shown only as "a child (no access)", and whether persons of interest are visible.
 */
final class Viewer {

    private final CurrentUser user;
    private final Set<UUID> readable;
    private final Map<UUID, String> names;

    private Viewer(CurrentUser user, Set<UUID> readable, Map<UUID, String> names) {
        this.user = user;
        this.readable = readable;
        this.names = names;
    }

    /** Works out which of {@code children} the user may open and audits naming each of them on {@code resource}. */
    static Viewer of(CurrentUser user, Collection<UUID> children, Set<UUID> alreadyAudited, ChildRecordAccess access,
                     ChildRegister register, Audit audit, String resource, String purpose,
                     List<AuditSubject> alsoAudit) {
        Set<UUID> readable = new HashSet<>(access.readableAmong(user, new HashSet<>(children)));
        Map<UUID, String> names = readable.isEmpty() ? Map.of() : register.names(readable);
        List<AuditSubject> named = new ArrayList<>(alsoAudit);
        for (UUID child : readable) {
            if (!alreadyAudited.contains(child)) {
                named.add(new AuditSubject(child, resource, purpose + " (legitimate relationship with the child)"));
            }
        }
        audit.allowedAll(AuditAction.READ, named, LegalBasis.SAFEGUARDING);
        return new Viewer(user, readable, names);
    }

    boolean seesPersonsOfInterest() {
        return user.can(Capability.VIEW_PERSONS_OF_INTEREST);
    }

    boolean mayOpen(UUID child) {
        return readable.contains(child);
    }

    Node child(UUID id) {
        return mayOpen(id) ? Node.child(id, names.getOrDefault(id, "Child")) : Node.hiddenChild();
    }

    boolean hides(ContextKind kind) {
        return kind != null && kind.restricted() && !seesPersonsOfInterest();
    }
}
