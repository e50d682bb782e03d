package org.reachable.identity.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.reachable.identity.ChildRegister;
import org.reachable.identity.ChildSearch;
import org.reachable.platform.validation.FieldProblem;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Find a child by name (fuzzy, including previous names), date of birth or identifier. */
@Controller
class ChildSearchPage {

    private final ChildRegister register;

    ChildSearchPage(ChildRegister register) {
        this.register = register;
    }

    @GetMapping("/children")
    String search(@RequestParam(required = false) String name, @RequestParam(required = false) String dob,
                  @RequestParam(required = false) String identifier, Model model) {
        model.addAttribute("name", name);
        model.addAttribute("dob", dob);
        model.addAttribute("identifier", identifier);
        boolean searched = name != null || dob != null || identifier != null;
        if (!searched) {
            return "children/search";
        }
        LocalDate dateOfBirth = null;
        if (dob != null && !dob.isBlank()) {
            try {
                dateOfBirth = LocalDate.parse(dob.strip());
            } catch (DateTimeParseException e) {
                FormErrors.addTo(model, List.of(new FieldProblem("dob", dob, "Enter a real date in the form yyyy-mm-dd")));
                return "children/search";
            }
        }
        try {
            model.addAttribute("results", register.search(new ChildSearch(name, dateOfBirth, identifier)));
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
        }
        return "children/search";
    }
}
