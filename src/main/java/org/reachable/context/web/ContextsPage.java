package org.reachable.context.web;

import java.util.UUID;
import java.util.function.Supplier;
import org.reachable.access.Capability;
import org.reachable.access.CurrentUsers;
import org.reachable.context.ContextKind;
import org.reachable.context.ContextStage;
import org.reachable.context.Contexts;
import org.reachable.context.NewAction;
import org.reachable.context.NewContext;
import org.reachable.context.NewLink;
import org.reachable.context.NewStageNote;
import org.reachable.context.Relation;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Contexts: the list, recording one, and a context's page (lifecycle, plan, links and their challenges). */
@Controller
class ContextsPage {

    private final Contexts contexts;

    ContextsPage(Contexts contexts) {
        this.contexts = contexts;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("canManage", CurrentUsers.current().map(u -> u.can(Capability.MANAGE_CONTEXTS))
                .orElse(false));
        model.addAttribute("kinds", ContextKind.values());
        model.addAttribute("stages", ContextStage.values());
        model.addAttribute("relations", Relation.values());
    }

    @GetMapping("/contexts")
    String list(Model model) {
        model.addAttribute("contexts", contexts.list());
        return "context/list";
    }

    @GetMapping("/contexts/new")
    String form(Model model) {
        contexts.requireCanRecord();
        model.addAttribute("form", new NewContext(null, null, null, null, null, null, null, null, null));
        return "context/new";
    }

    @PostMapping("/contexts")
    String create(@ModelAttribute NewContext form, Model model) {
        try {
            return "redirect:/contexts/" + contexts.create(form);
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            model.addAttribute("form", form);
            return "context/new";
        }
    }

    @GetMapping("/contexts/{id}")
    String context(@PathVariable UUID id, Model model) {
        model.addAttribute("file", contexts.open(id));
        model.addAttribute("others", contexts.list().stream().filter(c -> !c.id().equals(id)).toList());
        model.addAttribute("today", java.time.LocalDate.now());
        return "context/context";
    }

    @PostMapping("/contexts/{id}/stage")
    String stage(@PathVariable UUID id, @ModelAttribute NewStageNote note, Model model) {
        return change(id, model, () -> contexts.advance(id, note));
    }

    @PostMapping("/contexts/{id}/actions")
    String action(@PathVariable UUID id, @ModelAttribute NewAction action, Model model) {
        return change(id, model, () -> contexts.addAction(id, action));
    }

    @PostMapping("/contexts/{id}/actions/{actionId}")
    String actionStatus(@PathVariable UUID id, @PathVariable UUID actionId, @RequestParam String status,
                        Model model) {
        return change(id, model, () -> contexts.setActionStatus(id, actionId, status));
    }

    @PostMapping("/contexts/{id}/links")
    String link(@PathVariable UUID id, @ModelAttribute NewLink link, Model model) {
        // The page's forms always link something to this context: a child, or another context.
        NewLink toHere = new NewLink(link.fromChild(), link.fromContext(), null, id.toString(), null,
                link.relation(), link.protective(), link.strength(), link.source(), link.statedBy(), link.statedOn(),
                link.reviewBy());
        return change(id, model, () -> contexts.link(toHere));
    }

    // The link is chosen from a list on the page (no JavaScript needed), so it comes as a form field.
    @PostMapping("/contexts/{id}/link-challenges")
    String challenge(@PathVariable UUID id, @RequestParam UUID link, @RequestParam(required = false) String reason,
                     Model model) {
        return change(id, model, () -> contexts.challenge(link, reason));
    }

    @PostMapping("/contexts/{id}/link-resolutions")
    String resolve(@PathVariable UUID id, @RequestParam UUID link, @RequestParam(required = false) String outcome,
                   @RequestParam(required = false) String resolution, Model model) {
        return change(id, model, () -> contexts.resolve(link, outcome, resolution));
    }

    @PostMapping("/contexts/{id}/link-reviews")
    String review(@PathVariable UUID id, @RequestParam UUID link, @RequestParam(required = false) String reviewBy,
                  Model model) {
        return change(id, model, () -> contexts.review(link, reviewBy));
    }

    private String change(UUID id, Model model, Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            return context(id, model);
        }
        return "redirect:/contexts/" + id;
    }
}
