package org.reachable.frontdoor.web;

import org.reachable.access.Capability;
import org.reachable.access.CurrentUsers;
import org.reachable.frontdoor.Decision;
import org.reachable.frontdoor.FrontDoorPerformance;
import org.reachable.frontdoor.SmallCounts;
import org.reachable.frontdoor.Timescales;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The front door's performance page; managers can also draw a sample of contacts for a multi-agency audit. */
@Controller
class PerformancePage {

    private final FrontDoorPerformance performance;

    PerformancePage(FrontDoorPerformance performance) {
        this.performance = performance;
    }

    @GetMapping("/frontdoor/performance")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) Integer sample, @RequestParam(required = false) String seed,
                Model model) {
        FrontDoorPerformance.Period period;
        try {
            period = performance.period(from, to);
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            period = performance.period(null, null);
        }
        model.addAttribute("p", performance.figures(period));
        model.addAttribute("decisions", Decision.values());
        model.addAttribute("threshold", SmallCounts.THRESHOLD);
        model.addAttribute("target", Timescales.DECISION);
        boolean maySample = CurrentUsers.require().can(Capability.SAMPLE_CONTACTS_FOR_AUDIT);
        model.addAttribute("maySample", maySample);
        if (maySample && sample != null) {
            try {
                model.addAttribute("sample", performance.sample(period, sample, seed));
            } catch (InvalidInputException e) {
                FormErrors.addTo(model, e.problems());
            }
        }
        return "frontdoor/performance";
    }
}
