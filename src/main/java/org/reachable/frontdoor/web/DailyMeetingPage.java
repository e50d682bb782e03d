package org.reachable.frontdoor.web;

import java.util.Map;
import java.util.UUID;
import org.reachable.frontdoor.DailyMeeting;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The daily meeting page: the last 24 hours' incidents, each with its actions and a form to add one. */
@Controller
class DailyMeetingPage {

    private final DailyMeeting meeting;

    DailyMeetingPage(DailyMeeting meeting) {
        this.meeting = meeting;
    }

    @GetMapping("/frontdoor/daily-meeting")
    String page(Model model) {
        model.addAttribute("incidents", meeting.since(24));
        return "frontdoor/daily-meeting";
    }

    @PostMapping("/frontdoor/daily-meeting/incidents/{eventId}/actions")
    String act(@PathVariable UUID eventId, @RequestParam Map<String, String> form, Model model,
               RedirectAttributes redirect) {
        try {
            meeting.recordAction(eventId, form.get("action"), form.get("owner"));
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            model.addAttribute("failedEvent", eventId);
            return page(model);
        }
        redirect.addFlashAttribute("done", true);
        return "redirect:/frontdoor/daily-meeting#incident-" + eventId;
    }
}
