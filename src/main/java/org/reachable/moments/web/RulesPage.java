package org.reachable.moments.web;

import java.util.List;
import java.util.stream.Collectors;
import org.reachable.access.Capability;
import org.reachable.access.CurrentUsers;
import org.reachable.moments.MomentRules;
import org.reachable.moments.StoredRule;
import org.reachable.moments.rules.Describe;
import org.reachable.moments.rules.MomentRule;
import org.reachable.platform.validation.FieldProblem;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The partnership's reachable-moment rules in plain English, for everyone who receives alerts; the safeguarding lead
 * proposes changes here and a second person approves them. Shows the progress of the background re-evaluation.
 */
@Controller
class RulesPage {

    private final MomentRules rules;

    RulesPage(MomentRules rules) {
        this.rules = rules;
    }

    /** A rule version for the page: the stored text and, where it parses, the rule in words. */
    record RuleRow(StoredRule stored, MomentRule rule, String lookedFor) {
    }

    @GetMapping("/moments/rules")
    String list(Model model) {
        model.addAttribute("rules", rows(rules.latest()));
        model.addAttribute("mayEdit", mayEdit());
        model.addAttribute("run", rules.latestRun().orElse(null));
        return "moments/rules";
    }

    @GetMapping("/moments/rules/progress")
    String progress(Model model) {
        model.addAttribute("run", rules.latestRun().orElse(null));
        return "moments/rules :: progress";
    }

    @GetMapping("/moments/rules/{key}")
    String rule(@PathVariable String key, Model model) {
        List<StoredRule> versions = rules.versions(key);
        model.addAttribute("key", key);
        model.addAttribute("versions", rows(versions));
        model.addAttribute("mayEdit", mayEdit());
        model.addAttribute("me", CurrentUsers.require().id());
        if (!model.containsAttribute("definition")) {
            model.addAttribute("definition", versions.getFirst().definition());
        }
        return "moments/rule";
    }

    @PostMapping("/moments/rules")
    String propose(@RequestParam(required = false) String definition, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) String key, Model model) {
        try {
            StoredRule stored = rules.propose(definition, reason);
            return "redirect:/moments/rules/" + stored.key();
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, onTheForm(e.problems()));
            model.addAttribute("definition", definition);
            model.addAttribute("reason", reason);
            return key == null || key.isBlank() ? list(model) : rule(key, model);
        }
    }

    @PostMapping("/moments/rules/{key}/{version}/approve")
    String approve(@PathVariable String key, @PathVariable int version,
                   @RequestParam(required = false) String note, Model model) {
        try {
            rules.approve(key, version, note);
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            return rule(key, model);
        }
        return "redirect:/moments/rules";
    }

    @PostMapping("/moments/rules/{key}/{version}/reject")
    String reject(@PathVariable String key, @PathVariable int version,
                  @RequestParam(required = false) String note, Model model) {
        try {
            rules.reject(key, version, note);
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            return rule(key, model);
        }
        return "redirect:/moments/rules/" + key;
    }

    @PostMapping("/moments/rules/reevaluate")
    String reevaluate() {
        rules.reevaluateAll("Re-evaluation of every rule requested from the rules page");
        return "redirect:/moments/rules";
    }

    private static List<RuleRow> rows(List<StoredRule> stored) {
        return stored.stream().map(s -> {
            MomentRule rule = s.rule();
            return new RuleRow(s, rule, Describe.condition(rule.condition()));
        }).collect(Collectors.toList());
    }

    /**
     * Problems inside the definition are named by their place in it (e.g. condition.count.withinDays); on the page
     * they point at the definition box, with that place in the message.
     */
    private static List<FieldProblem> onTheForm(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field().equals("reason") ? p
                : new FieldProblem("definition", p.rejectedValue(), p.field().equals("definition") ? p.message()
                : "In the definition, " + p.field() + ": " + p.message())).toList();
    }

    private static boolean mayEdit() {
        return CurrentUsers.require().role().can(Capability.EDIT_MOMENT_RULES);
    }
}
