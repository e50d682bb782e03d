package org.reachable.language.web;

import java.util.Map;
import org.reachable.language.LanguageCheck;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The suggestions shown under a text box as a practitioner types (htmx posts the box's value here and swaps in the
 * answer). {@code field} names the form field being checked, so any form can use it.
 */
@Controller
class LanguageCheckFragment {

    private final LanguageCheck check;

    LanguageCheckFragment(LanguageCheck check) {
        this.check = check;
    }

    @PostMapping("/language/check")
    String check(@RequestParam String field, @RequestParam Map<String, String> form, Model model) {
        model.addAttribute("findings", check.check(form.get(field)));
        return "language/findings :: findings";
    }
}
