package org.reachable.context.web;

import java.util.UUID;
import org.reachable.access.Capability;
import org.reachable.access.CurrentUsers;
import org.reachable.context.CriticalIncidents;
import org.reachable.context.NewResponse;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Critical incidents: the list, one incident's response list and the coordinated response. */
@Controller
class IncidentsPage {

    private final CriticalIncidents incidents;

    IncidentsPage(CriticalIncidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping("/contexts/incidents")
    String list(Model model) {
        model.addAttribute("incidents", incidents.recent());
        return "context/incidents";
    }

    @GetMapping("/contexts/incidents/{id}")
    String incident(@PathVariable UUID id, Model model) {
        model.addAttribute("file", incidents.file(id));
        model.addAttribute("canManage", CurrentUsers.current().map(u -> u.can(Capability.MANAGE_CONTEXTS))
                .orElse(false));
        return "context/incident";
    }

    @PostMapping("/contexts/incidents/{id}/responses")
    String respond(@PathVariable UUID id, @ModelAttribute NewResponse response, Model model) {
        try {
            incidents.respond(id, response);
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            return incident(id, model);
        }
        return "redirect:/contexts/incidents/" + id;
    }
}
