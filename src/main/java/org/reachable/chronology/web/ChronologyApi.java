package org.reachable.chronology.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.access.AuditAction;
import org.reachable.chronology.ChronologyQuery;
import org.reachable.chronology.ChronologyView;
import org.reachable.chronology.ChronologyViews;
import org.reachable.chronology.EventFamily;
import org.reachable.chronology.NewEvent;
import org.reachable.chronology.RecordEvent;
import org.reachable.platform.web.ApiController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** A child's chronology and key facts as JSON, and adding an entry. */
@ApiController("/api/v1/children")
@Tag(name = "Chronology")
@SecurityRequirement(name = "session")
class ChronologyApi {

    private final ChronologyViews views;
    private final RecordEvent recordEvent;

    ChronologyApi(ChronologyViews views, RecordEvent recordEvent) {
        this.views = views;
        this.recordEvent = recordEvent;
    }

    @GetMapping("/{id}/chronology")
    @Operation(summary = "One page of a child's multi-agency chronology, with key facts",
            description = "Needs a legitimate relationship with the child (lead practitioner, team around the child, "
                    + "MASH with an open contact, or break-glass). Refusals answer 403 and are audited.")
    ChronologyView chronology(@PathVariable UUID id,
                              @RequestParam(required = false) List<UUID> organisation,
                              @RequestParam(required = false) List<String> type,
                              @RequestParam(required = false) List<EventFamily> family,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              @RequestParam(defaultValue = "newest") String order,
                              @RequestParam(defaultValue = "1") int page,
                              @RequestParam(defaultValue = "100") int pageSize) {
        return views.view(id, new ChronologyQuery(organisation == null ? List.of() : organisation,
                type == null ? List.of() : type, family == null ? List.of() : family, from, to,
                !"oldest".equals(order), page, pageSize), AuditAction.READ);
    }

    @PostMapping("/{id}/events")
    @Operation(summary = "Add an entry to a child's chronology",
            description = "Validated against the event taxonomy; field-level errors answer 400 and nothing is written.")
    ResponseEntity<Map<String, UUID>> record(@PathVariable UUID id, @RequestBody NewEvent event) {
        UUID eventId = recordEvent.record(id, event);
        return ResponseEntity.created(URI.create("/api/v1/children/" + id + "/chronology"))
                .body(Map.of("id", eventId));
    }
}
