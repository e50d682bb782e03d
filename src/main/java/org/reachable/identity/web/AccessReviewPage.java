package org.reachable.identity.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.LegalBasis;
import org.reachable.identity.ChildRegister;
import org.reachable.platform.validation.FieldProblem;
import org.reachable.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Information governance: "who accessed this child's record, and why". The officer finds the child by an identifier
 * (as a subject access request or complaint would give it) and sees the audit trail, never the case content.
 */
@Controller
class AccessReviewPage {

    private final ChildRegister register;
    private final ChildRecordAccess access;
    private final Audit audit;

    AccessReviewPage(ChildRegister register, ChildRecordAccess access, Audit audit) {
        this.register = register;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/ig")
    String review(@RequestParam(required = false) String identifier, Model model) {
        access.requireCapability(Capability.REVIEW_ACCESS, AuditAction.READ, "access review");
        model.addAttribute("identifier", identifier);
        if (identifier == null) {
            return "access/ig";
        }
        Optional<UUID> child = register.findByAnyIdentifier(identifier);
        if (child.isEmpty()) {
            FormErrors.addTo(model, List.of(new FieldProblem("identifier", identifier,
                    "No child has that NHS number, UPN or reference")));
            return "access/ig";
        }
        UUID id = child.get();
        audit.allowed(AuditAction.READ, id, "access log", "Information governance review of who accessed the record",
                LegalBasis.ACCOUNTABILITY);
        model.addAttribute("childName", register.names(List.of(id)).get(id));
        model.addAttribute("entries", audit.forPerson(id, 500));
        return "access/ig";
    }
}
