package org.reachable.context.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.context.ConferenceView;
import org.reachable.context.Context;
import org.reachable.context.ContextConference;
import org.reachable.context.ContextFile;
import org.reachable.context.Contexts;
import org.reachable.context.CriticalIncident;
import org.reachable.context.CriticalIncidents;
import org.reachable.context.IncidentFile;
import org.reachable.context.NetworkView;
import org.reachable.context.Networks;
import org.reachable.context.NewAction;
import org.reachable.context.NewContext;
import org.reachable.context.NewLink;
import org.reachable.context.NewResponse;
import org.reachable.context.NewStageNote;
import org.reachable.platform.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Contexts, links, networks and critical incidents as JSON. Children are named only where the caller may open them. */
@ApiController("/api/v1/contexts")
@Tag(name = "Context")
@SecurityRequirement(name = "session")
class ContextsApi {

    private final Contexts contexts;
    private final Networks networks;
    private final ContextConference conference;
    private final CriticalIncidents incidents;

    ContextsApi(Contexts contexts, Networks networks, ContextConference conference, CriticalIncidents incidents) {
        this.contexts = contexts;
        this.networks = networks;
        this.conference = conference;
        this.incidents = incidents;
    }

    @GetMapping
    @Operation(summary = "Peer groups, places, online spaces (and persons of interest, for roles that may see them)")
    List<Context> list() {
        return contexts.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a context (starts at referral)")
    Map<String, UUID> create(@RequestBody NewContext body) {
        return Map.of("id", contexts.create(body));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A context: stage notes, plan actions, every link (current, disputed, expired, ended)")
    ContextFile context(@PathVariable UUID id) {
        return contexts.open(id);
    }

    @PostMapping("/{id}/stage")
    @Operation(summary = "Move a context to a stage (assessment, plan, review, closed) with what was found")
    ContextFile stage(@PathVariable UUID id, @RequestBody NewStageNote body) {
        contexts.advance(id, body);
        return contexts.open(id);
    }

    @PostMapping("/{id}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an owned action to the context's plan (any agency, including non-statutory partners)")
    Map<String, UUID> action(@PathVariable UUID id, @RequestBody NewAction body) {
        return Map.of("id", contexts.addAction(id, body));
    }

    @PostMapping("/links")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Link a child or context to a child or context, with provenance, strength and review date",
            description = "Linking a child needs a legitimate relationship with the child.")
    Map<String, UUID> link(@RequestBody NewLink body) {
        return Map.of("id", contexts.link(body));
    }

    record Reason(String reason) {
    }

    @PostMapping("/links/{id}/challenge")
    @Operation(summary = "Challenge a link with a reason; it is disputed until resolved")
    void challenge(@PathVariable UUID id, @RequestBody Reason body) {
        contexts.challenge(id, body == null ? null : body.reason());
    }

    record Resolution(String outcome, String resolution) {
    }

    @PostMapping("/links/{id}/resolve")
    @Operation(summary = "Resolve a challenge: UPHELD ends the link, REJECTED keeps it")
    void resolve(@PathVariable UUID id, @RequestBody Resolution body) {
        contexts.resolve(id, body == null ? null : body.outcome(), body == null ? null : body.resolution());
    }

    record Review(String reviewBy) {
    }

    @PostMapping("/links/{id}/review")
    @Operation(summary = "Confirm a link still holds, with the next review date (within 12 months)")
    void review(@PathVariable UUID id, @RequestBody Review body) {
        contexts.review(id, body == null ? null : body.reviewBy());
    }

    @GetMapping("/{id}/network")
    @Operation(summary = "The two-hop network around a context, filtered by what the caller may see")
    NetworkView contextNetwork(@PathVariable UUID id) {
        return networks.aroundContext(id);
    }

    @GetMapping("/children/{id}/network")
    @Operation(summary = "The two-hop network around a child (needs a legitimate relationship with the child)")
    NetworkView childNetwork(@PathVariable UUID id) {
        return networks.aroundChild(id);
    }

    @GetMapping("/{id}/conference")
    @Operation(summary = "The context-conference view: counts, places, dynamics and actions, with no child named")
    ConferenceView conference(@PathVariable UUID id) {
        return conference.of(id);
    }

    @GetMapping("/incidents")
    @Operation(summary = "Critical incidents, newest first")
    List<CriticalIncident> incidents() {
        return incidents.recent();
    }

    @GetMapping("/incidents/{id}")
    @Operation(summary = "A critical incident: the children most likely affected and the response so far")
    IncidentFile incident(@PathVariable UUID id) {
        return incidents.file(id);
    }

    @PostMapping("/incidents/{id}/responses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record support offered to an affected child, or a school's or youth centre's response")
    Map<String, UUID> respond(@PathVariable UUID id, @RequestBody NewResponse body) {
        return Map.of("id", incidents.respond(id, body));
    }
}
