package org.reachable.frontdoor.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.reachable.frontdoor.DailyIncident;
import org.reachable.frontdoor.DailyMeeting;
import org.reachable.platform.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The daily meeting's incidents involving children, and the actions agreed against each. */
@ApiController("/api/v1/frontdoor/daily-meeting")
@Tag(name = "Front door")
@SecurityRequirement(name = "session")
class DailyMeetingApi {

    private final DailyMeeting meeting;

    DailyMeetingApi(DailyMeeting meeting) {
        this.meeting = meeting;
    }

    @GetMapping
    @Operation(summary = "Incidents involving children in the last `hours` hours (default 24): police, ED, "
            + "ambulance, custody, missing")
    List<DailyIncident> incidents(@RequestParam(defaultValue = "24") int hours) {
        return meeting.since(hours);
    }

    record NewAction(String action, String owner) {
    }

    @PostMapping("/incidents/{eventId}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an action the meeting agreed against an incident, with its owner")
    DailyIncident.Action act(@PathVariable UUID eventId, @RequestBody NewAction body) {
        return meeting.recordAction(eventId, body.action(), body.owner());
    }
}
