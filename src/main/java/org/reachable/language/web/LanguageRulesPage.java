package org.reachable.language.web;

import org.reachable.access.Capability;
import org.reachable.access.CurrentUsers;
import org.reachable.language.LanguageCategory;
import org.reachable.language.LanguageRule;
import org.reachable.language.LanguageRules;
import org.reachable.language.RuleChange;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.reachable.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Everyone signed in can read the language rules; a team manager (the safeguarding lead) adds and edits them. */
@Controller
class LanguageRulesPage {

    private final LanguageRules rules;

    LanguageRulesPage(LanguageRules rules) {
        this.rules = rules;
    }

    @GetMapping("/language/rules")
    String list(Model model) {
        model.addAttribute("rules", rules.all());
        model.addAttribute("mayEdit", CurrentUsers.require().role().can(Capability.EDIT_LANGUAGE_RULES));
        return "language/rules";
    }

    @GetMapping("/language/rules/new")
    String newRule(Model model) {
        return form(model, new RuleForm(), true);
    }

    @GetMapping("/language/rules/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        LanguageRule rule = rules.find(code).orElseThrow(() -> new NotFoundException("No language rule " + code));
        model.addAttribute("history", rules.history(code));
        return form(model, RuleForm.of(rule), false);
    }

    @PostMapping("/language/rules")
    String create(@ModelAttribute RuleForm form, Model model) {
        return save(form, model, true);
    }

    @PostMapping("/language/rules/{code}")
    String update(@PathVariable String code, @ModelAttribute RuleForm form, Model model) {
        form.setCode(code);
        return save(form, model, false);
    }

    private String save(RuleForm form, Model model, boolean isNew) {
        try {
            rules.save(form.toChange());
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            return form(model, form, isNew);
        }
        return "redirect:/language/rules";
    }

    private String form(Model model, RuleForm form, boolean isNew) {
        model.addAttribute("form", form);
        model.addAttribute("isNew", isNew);
        model.addAttribute("categories", LanguageCategory.values());
        return "language/rule-form";
    }
}
