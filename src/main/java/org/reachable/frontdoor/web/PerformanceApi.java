package org.reachable.frontdoor.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.reachable.frontdoor.FrontDoorPerformance;
import org.reachable.frontdoor.Performance;
import org.reachable.frontdoor.SampledContact;
import org.reachable.platform.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Front-door performance figures (managers and analysts) and audit samples (managers). */
@ApiController("/api/v1/frontdoor/performance")
@Tag(name = "Front door")
@SecurityRequirement(name = "session")
class PerformanceApi {

    private final FrontDoorPerformance performance;

    PerformanceApi(FrontDoorPerformance performance) {
        this.performance = performance;
    }

    @GetMapping
    @Operation(summary = "Performance for contacts received from `from` to `to` (yyyy-mm-dd; default the last 12 "
            + "months); counts of 1-4 and rates built on them are null (withheld)")
    Performance figures(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return performance.figures(performance.period(from, to));
    }

    @GetMapping("/sample")
    @Operation(summary = "A reproducible random sample of decided contacts for a multi-agency audit (managers)")
    List<SampledContact> sample(@RequestParam(required = false) String from,
                                @RequestParam(required = false) String to,
                                @RequestParam(defaultValue = "10") int size,
                                @RequestParam(required = false) String seed) {
        return performance.sample(performance.period(from, to), size, seed);
    }
}
