package org.reachable.identity.web;

import java.util.UUID;
import org.reachable.identity.MatchReviews;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The review queue: possible matches side by side, the decision, and undoing a wrong merge. */
@Controller
class MatchReviewPage {

    private final MatchReviews reviews;

    MatchReviewPage(MatchReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/identity/reviews")
    String queue(Model model) {
        model.addAttribute("items", reviews.open());
        return "identity/reviews";
    }

    @GetMapping("/identity/reviews/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("review", reviews.show(id));
        return "identity/review";
    }

    @PostMapping("/identity/reviews/{id}")
    String decide(@PathVariable UUID id, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String reason, Model model) {
        try {
            reviews.decide(id, decision, reason);
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            model.addAttribute("review", reviews.show(id));
            model.addAttribute("decision", decision);
            model.addAttribute("reason", reason);
            return "identity/review";
        }
        return "redirect:/identity/reviews?decided";
    }

    @GetMapping("/identity/merges")
    String merges(Model model) {
        model.addAttribute("merges", reviews.merges());
        return "identity/merges";
    }

    @PostMapping("/identity/merges/{id}/unmerge")
    String unmerge(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model) {
        try {
            reviews.unmerge(id, reason);
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            model.addAttribute("merges", reviews.merges());
            model.addAttribute("failedMerge", id);
            model.addAttribute("reason", reason);
            return "identity/merges";
        }
        return "redirect:/identity/merges?separated";
    }
}
