package org.reachable.insight.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reachable.insight.EmergingPatterns;
import org.reachable.insight.InsightFilter;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Emerging patterns: rises found by the Poisson CUSUM, each with its evidence, and the method in words. */
@Controller
class InsightPatternsPage {

    private final EmergingPatterns patterns;

    InsightPatternsPage(EmergingPatterns patterns) {
        this.patterns = patterns;
    }

    @GetMapping("/insight/patterns")
    String patterns(@RequestParam(required = false) String to, Model model) {
        model.addAttribute("to", to);
        model.addAttribute("scan", patterns.scan(InsightFilter.parse(null, to, null).to()));
        model.addAttribute("monitored", EmergingPatterns.MONITORED_MONTHS);
        model.addAttribute("baseline", EmergingPatterns.BASELINE_MONTHS);
        return "insight/patterns";
    }

    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("to", request.getParameter("to"));
        model.addAttribute("scan", null);
        model.addAttribute("monitored", EmergingPatterns.MONITORED_MONTHS);
        model.addAttribute("baseline", EmergingPatterns.BASELINE_MONTHS);
        FormErrors.addTo(model, e.problems());
        return "insight/patterns";
    }
}
