package org.reachable.frontdoor.web;

import java.util.Map;
import java.util.UUID;
import org.reachable.agencies.Organisations;
import org.reachable.frontdoor.ContactCasework;
import org.reachable.frontdoor.Decision;
import org.reachable.frontdoor.MashQueue;
import org.reachable.frontdoor.Rag;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The MASH's pages: the queue with its clocks, and one contact with screening, requests to partners and decision. */
@Controller
class MashPages {

    private final MashQueue queue;
    private final ContactCasework casework;
    private final Organisations organisations;

    MashPages(MashQueue queue, ContactCasework casework, Organisations organisations) {
        this.queue = queue;
        this.casework = casework;
        this.organisations = organisations;
    }

    /** {@code since}: only contacts received since then (an ISO instant), e.g. what arrived while you were out. */
    @GetMapping("/frontdoor/queue")
    String queue(@RequestParam(required = false) java.time.Instant since, Model model) {
        model.addAttribute("items", queue.open(since));
        model.addAttribute("openInAll", queue.countOpen());
        model.addAttribute("since", since);
        return "frontdoor/queue";
    }

    @GetMapping("/frontdoor/contacts/{id}")
    String contact(@PathVariable UUID id, Model model) {
        return show(id, model, Map.of());
    }

    @PostMapping("/frontdoor/contacts/{id}/screening")
    String screen(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                  RedirectAttributes redirect) {
        return act(id, form, model, redirect, () -> casework.screen(id, form.get("rag"), form.get("note")),
                "Screening recorded");
    }

    @PostMapping("/frontdoor/contacts/{id}/information-requests")
    String request(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                   RedirectAttributes redirect) {
        return act(id, form, model, redirect, () -> casework.requestInformation(id, form.get("organisationId"),
                form.get("question"), hours(form.get("dueInHours"))), "Request sent");
    }

    @PostMapping("/frontdoor/contacts/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                  RedirectAttributes redirect) {
        return act(id, form, model, redirect, () -> casework.decide(id, form.get("decision"), form.get("reason"),
                form.get("namedContact")), "Decision recorded; the referrer can see it");
    }

    private String act(UUID id, Map<String, String> form, Model model, RedirectAttributes redirect, Runnable action,
                       String done) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            return show(id, model, form);
        }
        redirect.addFlashAttribute("done", done);
        return "redirect:/frontdoor/contacts/" + id;
    }

    private String show(UUID id, Model model, Map<String, String> form) {
        model.addAttribute("file", casework.file(id));
        model.addAttribute("form", form);
        model.addAttribute("rags", Rag.values());
        model.addAttribute("decisions", Decision.values());
        model.addAttribute("organisations", organisations.all());
        return "frontdoor/contact";
    }

    private static Integer hours(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
