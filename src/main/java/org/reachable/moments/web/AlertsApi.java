package org.reachable.moments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.reachable.moments.Alerts;
import org.reachable.platform.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in practitioner's alerts as JSON, and acting on them. */
@ApiController("/api/v1/alerts")
@Tag(name = "Reachable moments")
@SecurityRequirement(name = "session")
class AlertsApi {

    private final Alerts alerts;
    private final AlertViews views;

    AlertsApi(Alerts alerts, AlertViews views) {
        this.alerts = alerts;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "Your alerts, newest first",
            description = "Alerts sent to you; for MASH practitioners, alerts routed to the MASH; for team managers, "
                    + "escalated alerts. open=false includes closed alerts.")
    List<AlertView> inbox(@RequestParam(defaultValue = "true") boolean open) {
        return views.of(alerts.inbox(open));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One alert: the rule, why it matters, the events behind it and suggested next steps")
    AlertView alert(@PathVariable UUID id) {
        return views.of(alerts.open(id));
    }

    @PostMapping("/{id}/acknowledge")
    @Operation(summary = "Acknowledge an alert (stops it escalating)")
    AlertView acknowledge(@PathVariable UUID id) {
        alerts.acknowledge(id);
        return views.of(alerts.open(id));
    }

    /** What was done about an alert. */
    record ActionTaken(String action) {
    }

    @PostMapping("/{id}/act")
    @Operation(summary = "Record what was done about an alert, closing it")
    AlertView act(@PathVariable UUID id, @RequestBody ActionTaken body) {
        alerts.act(id, body == null ? null : body.action());
        return views.of(alerts.open(id));
    }

    /** Why an alert needs no action. */
    record Dismissal(String reason) {
    }

    @PostMapping("/{id}/dismiss")
    @Operation(summary = "Dismiss an alert with a reason, closing it")
    AlertView dismiss(@PathVariable UUID id, @RequestBody Dismissal body) {
        alerts.dismiss(id, body == null ? null : body.reason());
        return views.of(alerts.open(id));
    }
}
