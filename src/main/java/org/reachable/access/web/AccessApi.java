package org.reachable.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.AuditEntry;
import org.reachable.access.BreakGlass;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.CurrentUser;
import org.reachable.access.CurrentUsers;
import org.reachable.access.LegalBasis;
import org.reachable.access.UserAccounts;
import org.reachable.platform.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Who am I, break-glass, information governance's access log and user administration. */
@ApiController("/api/v1")
@Tag(name = "Access and audit")
@SecurityRequirement(name = "session")
class AccessApi {

    private final ChildRecordAccess access;
    private final Audit audit;
    private final UserAccounts users;

    AccessApi(ChildRecordAccess access, Audit audit, UserAccounts users) {
        this.access = access;
        this.audit = audit;
        this.users = users;
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user and their role")
    CurrentUser me() {
        return CurrentUsers.require();
    }

    @PostMapping("/children/{id}/break-glass")
    @Operation(summary = "Open a child's record for a short time with a reason (reviewed by a manager)")
    BreakGlass breakGlass(@PathVariable UUID id, @RequestBody Map<String, String> body) {
        return access.breakGlass(id, body.get("reason"));
    }

    @GetMapping("/ig/children/{id}/access")
    @Operation(summary = "Who accessed this child's record, when, why and under which law (information governance)")
    List<AuditEntry> accessLog(@PathVariable UUID id) {
        access.requireCapability(Capability.REVIEW_ACCESS, AuditAction.READ, "access log/" + id);
        audit.allowed(AuditAction.READ, id, "access log", "Information governance review of access",
                LegalBasis.ACCOUNTABILITY);
        return audit.forPerson(id, 500);
    }

    @GetMapping("/admin/users")
    @Operation(summary = "User accounts (administrators; no case content)")
    List<UserAccounts.UserAccount> users() {
        return users.all();
    }
}
