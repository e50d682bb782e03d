package org.reachable.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reachable.platform.validation.FieldProblem;
import org.springframework.ui.Model;

/** Puts field problems where the shared error-summary fragment and field messages find them. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void addTo(Model model, List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.putIfAbsent(p.field(), p.message()));
        model.addAttribute("errors", problems);
        model.addAttribute("fieldErrors", byField);
    }
}
