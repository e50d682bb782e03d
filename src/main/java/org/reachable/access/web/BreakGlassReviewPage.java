package org.reachable.access.web;

import java.util.List;
import java.util.UUID;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.BreakGlass;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.LegalBasis;
import org.reachable.access.PersonDirectory;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Managers review every break-glass afterwards: was it justified? */
@Controller
class BreakGlassReviewPage {

    private final ChildRecordAccess access;
    private final PersonDirectory people;
    private final Audit audit;

    BreakGlassReviewPage(ChildRecordAccess access, PersonDirectory people, Audit audit) {
        this.access = access;
        this.people = people;
        this.audit = audit;
    }

    @GetMapping("/break-glass-reviews")
    String list(Model model) {
        access.requireCapability(Capability.REVIEW_BREAK_GLASS, AuditAction.READ, "break-glass reviews");
        List<BreakGlass> waiting = access.breakGlassAwaitingReview();
        audit.allowed(AuditAction.READ, null, "break-glass reviews", "Manager reviewing break-glass access",
                LegalBasis.ACCOUNTABILITY);
        model.addAttribute("waiting", waiting);
        model.addAttribute("names", people.names(waiting.stream().map(BreakGlass::personId).toList()));
        return "access/break-glass-reviews";
    }

    @PostMapping("/break-glass-reviews/{id}")
    String review(@PathVariable UUID id, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        try {
            if (!"JUSTIFIED".equals(outcome) && !"NOT_JUSTIFIED".equals(outcome)) {
                throw new InvalidInputException(List.of(new org.reachable.platform.validation.FieldProblem(
                        "outcome-" + id, outcome, "Choose whether the access was justified")));
            }
            access.reviewBreakGlass(id, "JUSTIFIED".equals(outcome), note);
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems().stream().map(p -> p.field().equals("note")
                    ? new org.reachable.platform.validation.FieldProblem("note-" + id, p.rejectedValue(), p.message())
                    : p).toList());
            return list(model);
        }
        redirect.addFlashAttribute("reviewed", true);
        return "redirect:/break-glass-reviews";
    }
}
