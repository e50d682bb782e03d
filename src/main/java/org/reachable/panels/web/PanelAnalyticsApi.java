package org.reachable.panels.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.reachable.panels.PanelAnalytics;
import org.reachable.panels.PanelFigures;
import org.reachable.platform.validation.Checks;
import org.reachable.platform.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Panel analytics as JSON, and each table as CSV. Aggregates only: no child named or identified. */
@ApiController("/api/v1/panels")
@Tag(name = "Panels")
@SecurityRequirement(name = "session")
class PanelAnalyticsApi {

    private final PanelAnalytics analytics;

    PanelAnalyticsApi(PanelAnalytics analytics) {
        this.analytics = analytics;
    }

    @GetMapping("/analytics")
    @Operation(summary = "Attendance by agency, actions by owning agency (open, overdue, done, done late) and days "
            + "from escalation to discussion, for meetings from `from` to `to` (yyyy-mm-dd; default the last 12 "
            + "months), optionally one panel (`panelId`)")
    PanelFigures figures(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                         @RequestParam(required = false) String panelId) {
        return analytics.figures(from, to, panelId);
    }

    @GetMapping("/analytics.csv")
    @Operation(summary = "One analytics table as CSV: table = attendance, actions or escalations")
    void csv(@RequestParam(defaultValue = "attendance") String table, @RequestParam(required = false) String from,
             @RequestParam(required = false) String to, @RequestParam(required = false) String panelId,
             HttpServletResponse response) throws IOException {
        AnalyticsCsv.Table which = AnalyticsCsv.Table.fromCode(table).orElse(null);
        if (which == null) {
            new Checks().problem("table", table, "Must be one of: attendance, actions, escalations").throwIfAny();
        }
        PanelFigures figures = analytics.figures(from, to, panelId);
        // Written directly: a download is not subject to the request's Accept header.
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"panels-" + which.code() + "-"
                + figures.from() + "-to-" + figures.to() + ".csv\"");
        response.getWriter().write(AnalyticsCsv.write(which, figures));
    }
}
