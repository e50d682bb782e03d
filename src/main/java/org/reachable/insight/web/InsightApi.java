package org.reachable.insight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reachable.insight.BoroughOverview;
import org.reachable.platform.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;

/** Aggregate counts for analysts: no names, no identifiers, small numbers suppressed (null). */
@ApiController("/api/v1/insight")
@Tag(name = "Insight")
@SecurityRequirement(name = "session")
class InsightApi {

    private final BoroughOverview overview;

    InsightApi(BoroughOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/event-counts")
    @Operation(summary = "Events per month by family over the last 12 months; counts of 1-4 are null (suppressed)")
    BoroughOverview.Overview eventCounts() {
        return overview.lastTwelveMonths();
    }
}
