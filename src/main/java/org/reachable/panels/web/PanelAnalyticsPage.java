package org.reachable.panels.web;

import org.reachable.panels.PanelAnalytics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Panel analytics for managers and analysts: tables, each downloadable as CSV from the API. */
@Controller
class PanelAnalyticsPage {

    private final PanelAnalytics analytics;

    PanelAnalyticsPage(PanelAnalytics analytics) {
        this.analytics = analytics;
    }

    @GetMapping("/panels/analytics")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String panelId, Model model) {
        model.addAttribute("figures", analytics.figures(from, to, panelId));
        model.addAttribute("panelId", panelId == null ? "" : panelId);
        return "panels/analytics";
    }
}
