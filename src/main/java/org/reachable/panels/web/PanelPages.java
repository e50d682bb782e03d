package org.reachable.panels.web;

import java.util.Map;
import java.util.UUID;
import org.reachable.panels.PanelActions;
import org.reachable.panels.PanelDuplication;
import org.reachable.panels.PanelMeetings;
import org.reachable.panels.Panels;
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
 * The panels pages: the list of panels, a panel with its members and meetings, a meeting with its agenda, and the
 * chair's duplication view. Forms post here and redirect back (post/redirect/get); a form with mistakes is shown
 * again with an error summary.
 */
@Controller
class PanelPages {

    private final Panels panels;
    private final PanelMeetings meetings;
    private final PanelActions actions;
    private final PanelDuplication duplication;

    PanelPages(Panels panels, PanelMeetings meetings, PanelActions actions, PanelDuplication duplication) {
        this.panels = panels;
        this.meetings = meetings;
        this.actions = actions;
        this.duplication = duplication;
    }

    @GetMapping("/panels")
    String list(Model model) {
        model.addAttribute("panels", panels.all());
        return "panels/list";
    }

    @GetMapping("/panels/{id}")
    String panel(@PathVariable("id") UUID panelId, Model model) {
        model.addAttribute("detail", panels.find(panelId));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "panels/panel";
    }

    @PostMapping("/panels/{panelId}/meetings")
    String schedule(@PathVariable UUID panelId, @RequestParam Map<String, String> form, Model model) {
        try {
            UUID id = meetings.schedule(panelId, form.get("startsAt"), form.get("minutes"));
            return "redirect:/panels/meetings/" + id;
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            model.addAttribute("form", form);
            return panel(panelId, model);
        }
    }

    @GetMapping("/panels/meetings/{id}")
    String meeting(@PathVariable("id") UUID meetingId, Model model) {
        org.reachable.panels.Meeting meeting = meetings.meeting(meetingId);
        model.addAttribute("meeting", meeting);
        model.addAttribute("members", panels.find(meeting.panelId()).panel().members());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "panels/meeting";
    }

    @PostMapping("/panels/meetings/{meetingId}/agenda")
    String addItem(@PathVariable UUID meetingId, @RequestParam Map<String, String> form, Model model,
                   RedirectAttributes redirect) {
        return act(meetingId, form, model, redirect, "Added to the agenda.", "agenda",
                () -> meetings.addToAgenda(meetingId, form.get("subjectKind"), form.get("subjectId"),
                        form.get("minutes"), form.get("reason")));
    }

    @PostMapping("/panels/meetings/{meetingId}/attendance")
    String attend(@PathVariable UUID meetingId, @RequestParam Map<String, String> form, Model model,
                  RedirectAttributes redirect) {
        return act(meetingId, form, model, redirect, "Attendance recorded.", "attendance",
                () -> meetings.recordAttendance(meetingId, form.get("organisationId"), form.get("role"),
                        form.get("name"), form.get("status")));
    }

    @PostMapping("/panels/meetings/{meetingId}/items/{itemId}/minutes")
    String minutes(@PathVariable UUID meetingId, @PathVariable UUID itemId, @RequestParam Map<String, String> form,
                   Model model, RedirectAttributes redirect) {
        return act(meetingId, form, model, redirect, "Minutes saved.", "item-" + itemId,
                () -> meetings.recordMinutes(itemId, form.get("minutes"), form.get("decision"),
                        form.get("outcomeShared"), form.get("outcomeSharedOn")));
    }

    @PostMapping("/panels/meetings/{meetingId}/items/{itemId}/actions")
    String raise(@PathVariable UUID meetingId, @PathVariable UUID itemId, @RequestParam Map<String, String> form,
                 Model model, RedirectAttributes redirect) {
        return act(meetingId, form, model, redirect, "Action recorded.", "item-" + itemId,
                () -> actions.raise(itemId, form.get("description"), form.get("organisationId"), form.get("owner"),
                        form.get("dueOn")));
    }

    @PostMapping("/panels/meetings/{meetingId}/items/{itemId}/escalations")
    String escalate(@PathVariable UUID meetingId, @PathVariable UUID itemId, @RequestParam Map<String, String> form,
                    Model model, RedirectAttributes redirect) {
        return act(meetingId, form, model, redirect, "Escalated to the next tier.", "item-" + itemId,
                () -> actions.escalate(itemId, form.get("toPanelId"), form.get("reason")));
    }

    @PostMapping("/panels/meetings/{meetingId}/actions/{actionId}/updates")
    String update(@PathVariable UUID meetingId, @PathVariable UUID actionId, @RequestParam Map<String, String> form,
                  Model model, RedirectAttributes redirect) {
        return act(meetingId, form, model, redirect, "Action updated.", "action-" + actionId,
                () -> actions.update(actionId, form.get("status"), form.get("note"), meetingId.toString()));
    }

    @GetMapping("/panels/duplication")
    String duplication(@RequestParam(defaultValue = "6") String months, Model model) {
        model.addAttribute("duplication", duplication.find(PanelsApi.months(months)));
        return "panels/duplication";
    }

    private String act(UUID meetingId, Map<String, String> form, Model model, RedirectAttributes redirect,
                       String done, String anchor, Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            model.addAttribute("form", form);
            return meeting(meetingId, model);
        }
        redirect.addFlashAttribute("done", done);
        return "redirect:/panels/meetings/" + meetingId + "#" + anchor;
    }
}
