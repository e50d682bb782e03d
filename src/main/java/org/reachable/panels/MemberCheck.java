package org.reachable.panels;

import java.util.UUID;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.CurrentUser;
import org.reachable.access.CurrentUsers;
import org.reachable.panels.internal.PanelRepository;
import org.reachable.platform.web.AccessRefusedException;
import org.springframework.stereotype.Component;

/** A meeting's agenda names children: only the panel's members see it or write to it. Refusals are audited. */
@Component
class MemberCheck {

    private final PanelRepository repository;
    private final ChildRecordAccess access;
    private final Audit audit;

    MemberCheck(PanelRepository repository, ChildRecordAccess access, Audit audit) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
    }

    CurrentUser requireMember(UUID panelId, AuditAction action, String resource) {
        access.requireCapability(Capability.ATTEND_PANELS, action, resource);
        CurrentUser user = CurrentUsers.require();
        boolean member = repository.members(panelId).stream().anyMatch(m -> user.id().equals(m.userId()));
        if (!member) {
            String why = "Not a member of this panel";
            audit.denied(action, null, resource, why);
            throw new AccessRefusedException(why, null, false);
        }
        return user;
    }
}
