package org.reachable.chronology.web;

import java.util.Map;
import org.reachable.chronology.EventType;
import org.reachable.chronology.NewEvent;
import org.reachable.chronology.NewSubmission;
import org.reachable.chronology.Sensitivity;
import org.reachable.chronology.Submissions;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Share information about a child, and see what became of what you shared. */
@Controller
class SubmissionsPage {

    private final Submissions submissions;

    SubmissionsPage(Submissions submissions) {
        this.submissions = submissions;
    }

    @GetMapping("/submissions")
    String mine(Model model) {
        model.addAttribute("submissions", submissions.mine());
        return "children/submissions";
    }

    @GetMapping("/submissions/new")
    String form(Model model) {
        return show(model, Map.of());
    }

    @PostMapping("/submissions")
    String submit(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Map<String, String> details = DetailFields.from(form);
        try {
            submissions.submit(new NewSubmission(form.get("givenNames"), form.get("familyName"),
                    form.get("dateOfBirth"), form.get("nhsNumber"), form.get("upn"),
                    new NewEvent(form.get("type"), form.get("occurredAt"), form.get("summary"),
                            form.get("childWords"), form.get("sensitivity"), details)));
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            return show(model, form);
        }
        redirect.addFlashAttribute("shared", true);
        return "redirect:/submissions";
    }

    private String show(Model model, Map<String, String> form) {
        model.addAttribute("form", form);
        model.addAttribute("types", EventType.values());
        model.addAttribute("sensitivities", Sensitivity.values());
        return "children/new-submission";
    }
}
