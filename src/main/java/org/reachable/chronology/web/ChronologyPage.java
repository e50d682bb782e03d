package org.reachable.chronology.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.access.AuditAction;
import org.reachable.access.ChildRecordAccess;
import org.reachable.chronology.ChronologyQuery;
import org.reachable.chronology.ChronologyViews;
import org.reachable.chronology.EventType;
import org.reachable.chronology.NewEvent;
import org.reachable.chronology.RecordEvent;
import org.reachable.chronology.Sensitivity;
import org.reachable.platform.validation.FieldProblem;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.reachable.chronology.ChronologyNotices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's chronology, its printable version, and the form to add an entry. */
@Controller
class ChronologyPage {

    private final ChronologyViews views;
    private final RecordEvent recordEvent;
    private final ChildRecordAccess access;
    private final org.reachable.chronology.MergedRecords mergedRecords;
    private final List<ChronologyNotices> notices;

    ChronologyPage(ChronologyViews views, RecordEvent recordEvent, ChildRecordAccess access,
                   org.reachable.chronology.MergedRecords mergedRecords, List<ChronologyNotices> notices) {
        this.views = views;
        this.recordEvent = recordEvent;
        this.access = access;
        this.mergedRecords = mergedRecords;
        this.notices = notices;
    }

    @GetMapping("/children/{id}")
    String chronology(@PathVariable UUID id, @RequestParam(required = false) List<UUID> organisation,
                      @RequestParam(required = false) List<String> type, @RequestParam(required = false) String from,
                      @RequestParam(required = false) String to, @RequestParam(defaultValue = "newest") String order,
                      @RequestParam(defaultValue = "1") int page, Model model) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate fromDate = date("from", from, problems);
        LocalDate toDate = date("to", to, problems);
        ChronologyQuery query = new ChronologyQuery(organisation == null ? List.of() : organisation,
                type == null ? List.of() : type, List.of(), fromDate, toDate, !"oldest".equals(order), page,
                ChronologyQuery.DEFAULT_PAGE_SIZE);
        try {
            model.addAttribute("view", views.view(id, problems.isEmpty() ? query : ChronologyQuery.all(),
                    AuditAction.READ));
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            model.addAttribute("view", views.view(id, ChronologyQuery.all(), AuditAction.READ));
        }
        if (!problems.isEmpty()) {
            FormErrors.addTo(model, problems);
        }
        model.addAttribute("unmergeNotices", mergedRecords.takeNotices(id));
        model.addAttribute("notices", notices.stream().flatMap(n -> n.forChild(id).stream()).toList());
        model.addAttribute("rows", ((org.reachable.chronology.ChronologyView) model.getAttribute("view")).entries()
                .stream().map(ChronologyRow::of).toList());
        model.addAttribute("selectedOrganisations", organisation == null ? List.of() : organisation);
        model.addAttribute("selectedTypes", type == null ? List.of() : type);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("order", order);
        return "children/chronology";
    }

    @GetMapping("/children/{id}/print")
    String print(@PathVariable UUID id, Model model) {
        model.addAttribute("view", views.view(id, new ChronologyQuery(List.of(), List.of(), List.of(), null, null,
                false, 1, ChronologyQuery.MAX_PAGE_SIZE), AuditAction.EXPORT));
        return "children/print";
    }

    @GetMapping("/children/{id}/events/new")
    String newEvent(@PathVariable UUID id, @RequestParam(required = false) String type, Model model) {
        access.requireRead(id, AuditAction.READ, "new chronology entry form");
        model.addAttribute("childId", id);
        model.addAttribute("types", EventType.values());
        model.addAttribute("sensitivities", Sensitivity.values());
        model.addAttribute("form", Map.of("type", type == null ? "" : type));
        model.addAttribute("chosenType", type == null ? null : EventType.fromCode(type).orElse(null));
        return "children/new-event";
    }

    @PostMapping("/children/{id}/events")
    String record(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                  RedirectAttributes redirect) {
        Map<String, String> details = DetailFields.from(form);
        try {
            recordEvent.record(id, new NewEvent(form.get("type"), form.get("occurredAt"), form.get("summary"),
                    form.get("childWords"), form.get("sensitivity"), details));
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            model.addAttribute("childId", id);
            model.addAttribute("types", EventType.values());
            model.addAttribute("sensitivities", Sensitivity.values());
            model.addAttribute("form", form);
            model.addAttribute("chosenType", EventType.fromCode(form.getOrDefault("type", "")).orElse(null));
            return "children/new-event";
        }
        redirect.addFlashAttribute("added", true);
        return "redirect:/children/" + id;
    }

    private static LocalDate date(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, value, "Enter a real date in the form yyyy-mm-dd"));
            return null;
        }
    }
}
