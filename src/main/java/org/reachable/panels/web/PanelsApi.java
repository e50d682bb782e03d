package org.reachable.panels.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.panels.AgendaItem;
import org.reachable.panels.Duplication;
import org.reachable.panels.Meeting;
import org.reachable.panels.PanelActions;
import org.reachable.panels.PanelDetail;
import org.reachable.panels.PanelDuplication;
import org.reachable.panels.PanelMeetings;
import org.reachable.panels.PanelSummary;
import org.reachable.panels.Panels;
import org.reachable.platform.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Panels, their meetings, agendas, attendance, minutes and owned actions; duplication for chairs. */
@ApiController("/api/v1/panels")
@Tag(name = "Panels")
@SecurityRequirement(name = "session")
class PanelsApi {

    private final Panels panels;
    private final PanelMeetings meetings;
    private final PanelActions actions;
    private final PanelDuplication duplication;

    PanelsApi(Panels panels, PanelMeetings meetings, PanelActions actions, PanelDuplication duplication) {
        this.panels = panels;
        this.meetings = meetings;
        this.actions = actions;
        this.duplication = duplication;
    }

    @GetMapping
    @Operation(summary = "Every panel, lowest tier first, with its next meeting and whether you sit on it")
    List<PanelSummary> all() {
        return panels.all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A panel: terms of reference, tier, escalation, members by organisation and role, meetings")
    PanelDetail panel(@PathVariable("id") UUID panelId) {
        return panels.find(panelId);
    }

    record NewMember(String organisationId, String role, String username, String name, Boolean chair) {
    }

    record Created(UUID id) {
    }

    @PostMapping("/{panelId}/members")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Chairs: add a member (organisation, role on the panel, name, optional Reachable username)")
    Created addMember(@PathVariable UUID panelId, @RequestBody NewMember body) {
        return new Created(panels.addMember(panelId, body.organisationId(), body.role(), body.username(),
                body.name(), Boolean.TRUE.equals(body.chair())));
    }

    record NewMeeting(String startsAt, String minutes) {
    }

    @PostMapping("/{panelId}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Members: schedule a meeting (startsAt yyyy-mm-ddThh:mm London time, minutes long). "
            + "Subjects with actions still open roll forward onto its agenda.")
    Created schedule(@PathVariable UUID panelId, @RequestBody NewMeeting body) {
        return new Created(meetings.schedule(panelId, body.startsAt(), body.minutes()));
    }

    @GetMapping("/meetings/{id}")
    @Operation(summary = "Members: a meeting's agenda with minutes, decisions, actions raised and actions brought "
            + "forward for review, attendance, and the window in which members may open agenda children's records")
    Meeting meeting(@PathVariable("id") UUID meetingId) {
        return meetings.meeting(meetingId);
    }

    record NewItem(String subjectKind, String subjectId, String minutes, String reason) {
    }

    @PostMapping("/meetings/{meetingId}/agenda")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Members: put a child or a context (PEER_GROUP, PLACE, PERSON_OF_INTEREST, ONLINE_SPACE) "
            + "on the agenda for a time-boxed discussion (minutes 1-240)")
    Created addItem(@PathVariable UUID meetingId, @RequestBody NewItem body) {
        return new Created(meetings.addToAgenda(meetingId, body.subjectKind(), body.subjectId(), body.minutes(),
                body.reason()));
    }

    record NewAttendance(String organisationId, String role, String name, String status) {
    }

    @PostMapping("/meetings/{meetingId}/attendance")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Members: record who attended for which organisation, in what role (PRESENT, APOLOGIES, ABSENT)")
    void attend(@PathVariable UUID meetingId, @RequestBody NewAttendance body) {
        meetings.recordAttendance(meetingId, body.organisationId(), body.role(), body.name(), body.status());
    }

    record Minutes(String minutes, String decision, String outcomeShared, String outcomeSharedOn) {
    }

    record MinutesRecorded(List<AgendaItem.LanguagePrompt> languagePrompts) {
    }

    @PostMapping("/meetings/{meetingId}/items/{itemId}/minutes")
    @Operation(summary = "Members: minutes, decision and what the child and family were told. Victim-blaming or "
            + "adultifying phrases come back as languagePrompts (advisory; the text is saved as written).")
    MinutesRecorded minutes(@PathVariable UUID meetingId, @PathVariable UUID itemId, @RequestBody Minutes body) {
        return new MinutesRecorded(meetings.recordMinutes(itemId, body.minutes(), body.decision(),
                body.outcomeShared(), body.outcomeSharedOn()));
    }

    record NewAction(String description, String organisationId, String owner, String dueOn) {
    }

    @PostMapping("/meetings/{meetingId}/items/{itemId}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Members: an action with its owning agency, named owner and due date (yyyy-mm-dd)")
    Created raise(@PathVariable UUID meetingId, @PathVariable UUID itemId, @RequestBody NewAction body) {
        return new Created(actions.raise(itemId, body.description(), body.organisationId(), body.owner(),
                body.dueOn()));
    }

    record NewEscalation(String toPanelId, String reason) {
    }

    @PostMapping("/meetings/{meetingId}/items/{itemId}/escalations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Members: escalate the item's subject to the next tier; it joins that panel's next meeting")
    Created escalate(@PathVariable UUID meetingId, @PathVariable UUID itemId, @RequestBody NewEscalation body) {
        return new Created(actions.escalate(itemId, body.toPanelId(), body.reason()));
    }

    record ActionUpdate(String status, String note, String meetingId) {
    }

    @PostMapping("/actions/{actionId}/updates")
    @Operation(summary = "Members: a status (OPEN, IN_PROGRESS, DONE, NOT_NEEDED) and a note, optionally made at a "
            + "meeting (meetingId)")
    Map<String, String> update(@PathVariable UUID actionId, @RequestBody ActionUpdate body) {
        actions.update(actionId, body.status(), body.note(), body.meetingId());
        return Map.of("status", body.status().strip().toUpperCase());
    }

    @GetMapping("/duplication")
    @Operation(summary = "Chairs: children on several panels, and children discussed at 3 or more meetings of one "
            + "panel with no action completed, in the last `months` months (default 6)")
    Duplication duplication(@RequestParam(defaultValue = "6") String months) {
        return duplication.find(months(months));
    }

    static int months(String months) {
        try {
            return Integer.parseInt(months.strip());
        } catch (NumberFormatException e) {
            new org.reachable.platform.validation.Checks().problem("months", months,
                    "Must be a whole number from 1 to 36").throwIfAny();
            return 0;
        }
    }
}
