package org.reachable.frontdoor.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.frontdoor.ConcernCategory;
import org.reachable.frontdoor.ConcernReceipt;
import org.reachable.frontdoor.FamilyKnows;
import org.reachable.frontdoor.MissingContent;
import org.reachable.frontdoor.NewConcern;
import org.reachable.frontdoor.RaiseConcern;
import org.reachable.frontdoor.Referrals;
import org.reachable.frontdoor.SharingBasis;
import org.reachable.frontdoor.Urgency;
import org.reachable.identity.Ethnicity;
import org.reachable.identity.PersonDetails;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Raise a concern (any agency), and follow your own referrals: the outcome, the reason, whom to contact, and
 * escalation. When the reason, the child's voice or ethnicity is missing the form asks once more; the referrer can
 * still send it as it is.
 */
@Controller
class ConcernPages {

    private final RaiseConcern raise;
    private final Referrals referrals;

    ConcernPages(RaiseConcern raise, Referrals referrals) {
        this.raise = raise;
        this.referrals = referrals;
    }

    @GetMapping("/frontdoor/concerns/new")
    String form(Model model) {
        return show(model, Map.of(), List.of(), List.of());
    }

    @PostMapping("/frontdoor/concerns")
    String submit(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, String> form = params.toSingleValueMap();
        List<String> categories = params.getOrDefault("categories", List.of());
        List<MissingContent> missing = missing(form);
        if (!missing.isEmpty() && !"yes".equals(form.get("sendAnyway"))) {
            return show(model, form, categories, missing);
        }
        ConcernReceipt receipt;
        try {
            receipt = raise.raise(new NewConcern(null, new PersonDetails(form.get("givenNames"),
                    form.get("familyName"), List.of(), form.get("dateOfBirth"), form.get("sex"), form.get("ethnicity"),
                    null, form.get("postcode"), identifiers(form)), categories, form.get("whatHappened"),
                    form.get("whyWorried"), form.get("childVoice"), form.get("parentVoice"), form.get("ethnicity"),
                    form.get("culturalHeritage"), form.get("sendOrDisability"), form.get("familyKnows"),
                    form.get("sharingBasis"), form.get("urgency")));
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            return show(model, form, categories, List.of());
        }
        redirect.addFlashAttribute("receipt", receipt);
        return "redirect:/frontdoor/referrals";
    }

    @GetMapping("/frontdoor/referrals")
    String mine(Model model) {
        model.addAttribute("referrals", referrals.mine());
        return "frontdoor/referrals";
    }

    @PostMapping("/frontdoor/referrals/{id}/escalations")
    String escalate(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                    RedirectAttributes redirect) {
        try {
            referrals.escalate(id, form.get("reason"));
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            model.addAttribute("referrals", referrals.mine());
            model.addAttribute("escalating", id);
            return "frontdoor/referrals";
        }
        redirect.addFlashAttribute("escalated", true);
        return "redirect:/frontdoor/referrals";
    }

    private static Map<String, String> identifiers(Map<String, String> form) {
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        if (form.get("nhsNumber") != null && !form.get("nhsNumber").isBlank()) {
            ids.put("NHS", form.get("nhsNumber"));
        }
        if (form.get("upn") != null && !form.get("upn").isBlank()) {
            ids.put("UPN", form.get("upn"));
        }
        return ids;
    }

    private static List<MissingContent> missing(Map<String, String> form) {
        return MissingContent.of(form.get("whyWorried"), form.get("childVoice"), form.get("ethnicity"));
    }

    private String show(Model model, Map<String, String> form, List<String> categories, List<MissingContent> missing) {
        model.addAttribute("form", form);
        model.addAttribute("chosenCategories", categories);
        model.addAttribute("missing", missing);
        model.addAttribute("categories", ConcernCategory.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("familyKnows", FamilyKnows.values());
        model.addAttribute("bases", SharingBasis.values());
        model.addAttribute("ethnicities", Ethnicity.values());
        return "frontdoor/new-concern";
    }
}
