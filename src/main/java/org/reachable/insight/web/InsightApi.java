package org.reachable.insight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.reachable.insight.Analysis;
import org.reachable.insight.BoroughOverview;
import org.reachable.insight.InsightAnalyses;
import org.reachable.insight.EmergingPatterns;
import org.reachable.insight.InsightFilter;
import org.reachable.insight.InsightMaps;
import org.reachable.insight.InsightTable;
import org.reachable.platform.web.ApiController;
import org.reachable.platform.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Aggregate counts for analysts: no names, no identifiers. The same tables as the pages and CSV downloads. */
@ApiController("/api/v1/insight")
@Tag(name = "Insight")
@SecurityRequirement(name = "session")
class InsightApi {

    private final BoroughOverview overview;
    private final InsightAnalyses analyses;
    private final InsightMaps maps;
    private final EmergingPatterns patterns;

    InsightApi(BoroughOverview overview, InsightAnalyses analyses, InsightMaps maps, EmergingPatterns patterns) {
        this.patterns = patterns;
        this.overview = overview;
        this.analyses = analyses;
        this.maps = maps;
    }

    @GetMapping("/patterns")
    @Operation(summary = "Emerging patterns: rises found by the Poisson CUSUM over every area, group and time window, "
            + "each with its baseline, observed counts, statistic and threshold (docs/insight.md)")
    EmergingPatterns.Scan patterns(
            @Parameter(description = "last month monitored, YYYY-MM; blank = each source's latest")
            @RequestParam(required = false) String to) {
        return patterns.scan(InsightFilter.parse(null, to, null).to());
    }

    @GetMapping("/hotspots")
    @Operation(summary = "Incidents per H3 hexagon (resolution 9), per borough with rates per 1,000 residents and per "
            + "LSOA. place: anywhere, near-school (within 400 m of a secondary school) or school-route. "
            + "Invalid filters answer 400 naming the field, value and rule.")
    InsightMaps.HotspotMap hotspots(
            @Parameter(description = "first month, YYYY-MM") @RequestParam(required = false) String from,
            @Parameter(description = "last month, YYYY-MM") @RequestParam(required = false) String to,
            @Parameter(description = "London borough GSS code") @RequestParam(required = false) String borough,
            @Parameter(description = "street-crime (default), ed-assault, ambulance, school-exclusion, fire")
            @RequestParam(required = false) String source,
            @Parameter(description = "anywhere (default), near-school, school-route")
            @RequestParam(required = false) String place) {
        return maps.hotspots(InsightFilter.parse(from, to, borough, source, place));
    }

    @GetMapping("/event-counts")
    @Operation(summary = "Events per month by family over the last 12 months; counts of 1-4 are null (suppressed)")
    BoroughOverview.Overview eventCounts() {
        return overview.lastTwelveMonths();
    }

    record AnalysisSummary(String slug, String title) {
    }

    @GetMapping("/tables")
    @Operation(summary = "The analyses of the strategic needs assessment, by slug")
    List<AnalysisSummary> tables() {
        return Arrays.stream(Analysis.values()).map(a -> new AnalysisSummary(a.slug(), a.title())).toList();
    }

    @GetMapping("/tables/{slug}")
    @Operation(summary = "One analysis as a table (columns and rows); the same figures as the page and its CSV. "
            + "Invalid filters answer 400 naming the field, value and rule.")
    InsightTable table(
            @Parameter(description = "which analysis", schema = @Schema(allowableValues = {"incidents-by-month",
                    "incidents-by-type", "incidents-by-lsoa", "incidents-by-borough", "incidents-trend",
                    "incidents-seasonality", "stop-search-by-month", "stop-search-self-defined",
                    "stop-search-officer-defined", "stop-search-detailed-ethnicity", "stop-search-by-age",
                    "stop-search-hour-of-week", "incidents-hour-of-week", "incidents-school-days",
                    "knife-injuries-under-25", "exclusions-by-reason", "borough-comparison",
                    "incidents-near-schools"})) @PathVariable String slug,
            @Parameter(description = "first month, YYYY-MM") @RequestParam(required = false) String from,
            @Parameter(description = "last month, YYYY-MM") @RequestParam(required = false) String to,
            @Parameter(description = "London borough GSS code, e.g. E09000031")
            @RequestParam(required = false) String borough,
            @Parameter(description = "incident source: street-crime (default for counts), ed-assault (default for "
                    + "times), ambulance, school-exclusion, fire") @RequestParam(required = false) String source) {
        Analysis analysis = Analysis.fromSlug(slug)
                .orElseThrow(() -> new NotFoundException("No analysis called " + slug));
        return analyses.table(analysis, InsightFilter.parse(from, to, borough, source, null));
    }
}
