package org.reachable.frontdoor.web;

import java.util.UUID;
import org.reachable.frontdoor.ContactCasework;
import org.reachable.frontdoor.Referrals;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What happens after the MASH asks or decides: partners answer the MASH's information requests to their organisation,
 * and team managers resolve referrers' escalations of decisions they disagree with.
 */
@Controller
class FollowUpPages {

    private final ContactCasework casework;
    private final Referrals referrals;

    FollowUpPages(ContactCasework casework, Referrals referrals) {
        this.casework = casework;
        this.referrals = referrals;
    }

    @GetMapping("/frontdoor/requests")
    String requests(Model model) {
        model.addAttribute("requests", casework.requestsToMyOrganisation());
        return "frontdoor/requests";
    }

    @PostMapping("/frontdoor/requests/{id}/answer")
    String answer(@PathVariable UUID id, @RequestParam(required = false) String answer, Model model,
                  RedirectAttributes redirect) {
        try {
            casework.answer(id, answer);
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            model.addAttribute("failed", id);
            return requests(model);
        }
        redirect.addFlashAttribute("answered", true);
        return "redirect:/frontdoor/requests";
    }

    @GetMapping("/frontdoor/escalations")
    String escalations(Model model) {
        model.addAttribute("escalations", referrals.escalations());
        return "frontdoor/escalations";
    }

    @PostMapping("/frontdoor/escalations/{id}/resolution")
    String resolve(@PathVariable UUID id, @RequestParam(required = false) String resolution, Model model,
                   RedirectAttributes redirect) {
        try {
            referrals.resolve(id, resolution);
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            model.addAttribute("failed", id);
            return escalations(model);
        }
        redirect.addFlashAttribute("resolved", true);
        return "redirect:/frontdoor/escalations";
    }
}
