package org.reachable.insight.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.reachable.insight.Analysis;
import org.reachable.insight.IncidentSource;
import org.reachable.insight.InsightAnalyses;
import org.reachable.insight.InsightFilter;
import org.reachable.insight.InsightTable;
import org.reachable.insight.imports.LondonBoroughs;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.reachable.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The strategic needs assessment pages: the list of analyses, one table with its filter, and its CSV download. */
@Controller
class InsightTablesPage {

    private final InsightAnalyses analyses;
    private final TableCells cells;

    InsightTablesPage(InsightAnalyses analyses, TableCells cells) {
        this.analyses = analyses;
        this.cells = cells;
    }

    @GetMapping("/insight/sna")
    String index(Model model) {
        model.addAttribute("analyses", Analysis.values());
        return "insight/sna";
    }

    @GetMapping("/insight/tables/{slug}")
    String table(@PathVariable String slug, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String to, @RequestParam(required = false) String borough,
                 @RequestParam(required = false) String source, Model model) {
        Analysis analysis = analysis(slug);
        model.addAttribute("analysis", analysis);
        model.addAttribute("boroughs", LondonBoroughs.nameByCode());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("borough", borough);
        model.addAttribute("source", source);
        model.addAttribute("sources", IncidentSource.values());
        model.addAttribute("query", query(from, to, borough, source));
        InsightFilter filter = InsightFilter.parse(from, to, borough, source, null);
        InsightTable table = analyses.table(analysis, filter);
        model.addAttribute("table", table);
        model.addAttribute("rows", cells.rows(table));
        return "insight/table";
    }

    @GetMapping("/insight/tables/{slug}.csv")
    void csv(@PathVariable String slug, @RequestParam(required = false) String from,
             @RequestParam(required = false) String to, @RequestParam(required = false) String borough,
             @RequestParam(required = false) String source, HttpServletResponse response) throws IOException {
        Analysis analysis = analysis(slug);
        InsightTable table = analyses.table(analysis, InsightFilter.parse(from, to, borough, source, null));
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + analysis.slug() + ".csv\"");
        TableCsv.write(table, response.getWriter());
    }

    /** A filter with mistakes re-shows the page with the GOV.UK error summary, answering 400. */
    @ExceptionHandler(InvalidInputException.class)
    String invalidFilter(InvalidInputException e, jakarta.servlet.http.HttpServletRequest request, Model model,
                         HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        String path = request.getRequestURI();
        String slug = path.substring(path.lastIndexOf('/') + 1).replace(".csv", "");
        model.addAttribute("analysis", analysis(slug));
        model.addAttribute("boroughs", LondonBoroughs.nameByCode());
        model.addAttribute("from", request.getParameter("from"));
        model.addAttribute("to", request.getParameter("to"));
        model.addAttribute("borough", request.getParameter("borough"));
        model.addAttribute("source", request.getParameter("source"));
        model.addAttribute("sources", IncidentSource.values());
        model.addAttribute("table", null);
        FormErrors.addTo(model, e.problems());
        return "insight/table";
    }

    private static Analysis analysis(String slug) {
        return Analysis.fromSlug(slug).orElseThrow(() -> new NotFoundException("No analysis called " + slug));
    }

    private static String query(String from, String to, String borough, String source) {
        StringBuilder q = new StringBuilder();
        append(q, "from", from);
        append(q, "to", to);
        append(q, "borough", borough);
        append(q, "source", source);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append(q.isEmpty() ? "?" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
