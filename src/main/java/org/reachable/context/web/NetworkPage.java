package org.reachable.context.web;

import java.util.UUID;
import org.reachable.context.ContextConference;
import org.reachable.context.Networks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The network around a child or a context (a table of links), and the context-conference view (no child names). */
@Controller
class NetworkPage {

    private final Networks networks;
    private final ContextConference conference;

    NetworkPage(Networks networks, ContextConference conference) {
        this.networks = networks;
        this.conference = conference;
    }

    @GetMapping("/contexts/children/{id}/network")
    String aroundChild(@PathVariable UUID id, Model model) {
        model.addAttribute("network", networks.aroundChild(id));
        return "context/network";
    }

    @GetMapping("/contexts/{id}/network")
    String aroundContext(@PathVariable UUID id, Model model) {
        model.addAttribute("network", networks.aroundContext(id));
        return "context/network";
    }

    @GetMapping("/contexts/{id}/conference")
    String conference(@PathVariable UUID id, Model model) {
        model.addAttribute("view", conference.of(id));
        model.addAttribute("today", java.time.LocalDate.now());
        return "context/conference";
    }
}
