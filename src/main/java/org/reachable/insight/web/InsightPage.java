package org.reachable.insight.web;

import org.reachable.insight.BoroughOverview;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The analyst's borough overview. */
@Controller
class InsightPage {

    private final BoroughOverview overview;

    InsightPage(BoroughOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/insight")
    String overview(Model model) {
        model.addAttribute("overview", overview.lastTwelveMonths());
        return "insight/overview";
    }
}
