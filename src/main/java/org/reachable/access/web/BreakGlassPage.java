package org.reachable.access.web;

import java.time.Duration;
import java.util.UUID;
import org.reachable.access.ChildRecordAccess;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Break-glass: open a child's record for a short time with a typed reason that a manager reviews. */
@Controller
class BreakGlassPage {

    private final ChildRecordAccess access;
    private final Duration duration;

    BreakGlassPage(ChildRecordAccess access, @Value("${reachable.access.break-glass-duration}") Duration duration) {
        this.access = access;
        this.duration = duration;
    }

    @GetMapping("/children/{id}/break-glass")
    String form(@PathVariable UUID id, Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("duration", words(duration));
        return "access/break-glass";
    }

    @PostMapping("/children/{id}/break-glass")
    String open(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model) {
        try {
            access.breakGlass(id, reason);
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            model.addAttribute("personId", id);
            model.addAttribute("reason", reason);
            model.addAttribute("duration", words(duration));
            return "access/break-glass";
        }
        return "redirect:/children/" + id;
    }

    private static String words(Duration d) {
        return d.toMinutes() % 60 == 0 ? d.toHours() + " hours" : d.toMinutes() + " minutes";
    }
}
