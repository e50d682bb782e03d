package org.reachable.moments.web;

import java.util.UUID;
import org.reachable.moments.Alerts;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The alerts inbox and one alert: why it was raised, the evidence, what to do; acknowledge, act or dismiss. */
@Controller
class AlertsPage {

    private final Alerts alerts;
    private final AlertViews views;

    AlertsPage(Alerts alerts, AlertViews views) {
        this.alerts = alerts;
        this.views = views;
    }

    @GetMapping("/moments/alerts")
    String inbox(@RequestParam(defaultValue = "open") String show, Model model) {
        boolean openOnly = !"all".equals(show);
        model.addAttribute("alerts", views.of(alerts.inbox(openOnly)));
        model.addAttribute("openOnly", openOnly);
        return "moments/inbox";
    }

    @GetMapping("/moments/alerts/{id}")
    String alert(@PathVariable UUID id, Model model) {
        model.addAttribute("alert", views.of(alerts.open(id)));
        model.addAttribute("steps", alerts.steps(id));
        return "moments/alert";
    }

    @PostMapping("/moments/alerts/{id}/acknowledge")
    String acknowledge(@PathVariable UUID id, Model model) {
        return change(id, model, () -> alerts.acknowledge(id));
    }

    @PostMapping("/moments/alerts/{id}/act")
    String act(@PathVariable UUID id, @RequestParam(required = false) String action,
               @RequestParam(required = false) String offer, @RequestParam(required = false) String service,
               Model model) {
        model.addAttribute("action", action);
        Alerts.Offer made = offer == null || offer.isBlank() ? null : new Alerts.Offer(offer, service);
        return change(id, model, () -> alerts.act(id, action, made));
    }

    @PostMapping("/moments/alerts/{id}/dismiss")
    String dismiss(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model) {
        model.addAttribute("reason", reason);
        return change(id, model, () -> alerts.dismiss(id, reason));
    }

    private String change(UUID id, Model model, Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            return alert(id, model);
        }
        return "redirect:/moments/alerts/" + id;
    }
}
