package org.reachable.insight.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.YearMonth;
import org.reachable.insight.MonthlyReport;
import org.reachable.platform.validation.Checks;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The monthly report for analysts and its public summary (small numbers suppressed), as pages and as PDF. */
@Controller
class InsightReportPage {

    private static final String ANALYSTS = "/insight/report";
    private static final String PUBLIC = "/insight/report/public";

    private final MonthlyReport reports;
    private final ReportPdf pdf;
    private final TableCells cells;

    InsightReportPage(MonthlyReport reports, ReportPdf pdf, TableCells cells) {
        this.reports = reports;
        this.pdf = pdf;
        this.cells = cells;
    }

    @GetMapping(ANALYSTS)
    String analysts(@RequestParam(required = false) String month, Model model) {
        YearMonth m = month(month);
        return page(model, ANALYSTS, m, m == null ? null : reports.forAnalysts(m));
    }

    @GetMapping(PUBLIC)
    String publicSummary(@RequestParam(required = false) String month, Model model) {
        YearMonth m = month(month);
        return page(model, PUBLIC, m, m == null ? null : reports.publicSummary(m));
    }

    @GetMapping(ANALYSTS + ".pdf")
    ResponseEntity<byte[]> analystsPdf(@RequestParam(required = false) String month) {
        YearMonth m = required(month);
        return pdf(reports.forAnalysts(m), title(ANALYSTS, m), "insight-report-" + m + ".pdf");
    }

    @GetMapping(PUBLIC + ".pdf")
    ResponseEntity<byte[]> publicPdf(@RequestParam(required = false) String month) {
        YearMonth m = required(month);
        return pdf(reports.publicSummary(m), title(PUBLIC, m), "insight-public-summary-" + m + ".pdf");
    }

    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        String path = request.getRequestURI().startsWith(PUBLIC) ? PUBLIC : ANALYSTS;
        page(model, path, null, null);
        model.addAttribute("month", request.getParameter("month"));
        FormErrors.addTo(model, e.problems());
        return "insight/report";
    }

    private String page(Model model, String path, YearMonth month, MonthlyReport.Report report) {
        model.addAttribute("path", path);
        model.addAttribute("title", title(path, month));
        model.addAttribute("month", month == null ? null : month.toString());
        model.addAttribute("report", report);
        model.addAttribute("tableCells", cells);
        return "insight/report";
    }

    private ResponseEntity<byte[]> pdf(MonthlyReport.Report report, String title, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(pdf.render(report, title));
    }

    private static String title(String path, YearMonth month) {
        String what = path.equals(PUBLIC) ? "Serious violence: public summary" : "Strategic needs assessment: monthly report";
        return month == null ? what : what + ", " + month;
    }

    /** The month asked for (validated), or the latest month with data. */
    private YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return reports.defaultMonth();
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (java.time.format.DateTimeParseException e) {
            new Checks().problem("month", month, "Must be a month as YYYY-MM, e.g. 2018-04").throwIfAny();
            return null;
        }
    }

    private YearMonth required(String month) {
        YearMonth m = month(month);
        if (m == null) {
            throw new org.reachable.platform.web.NotFoundException("No data has been imported yet");
        }
        return m;
    }
}
