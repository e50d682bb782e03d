package org.reachable.frontdoor.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.reachable.frontdoor.ConcernReceipt;
import org.reachable.frontdoor.Contact;
import org.reachable.frontdoor.ContactCasework;
import org.reachable.frontdoor.ContactFile;
import org.reachable.frontdoor.Escalation;
import org.reachable.frontdoor.InformationRequest;
import org.reachable.frontdoor.MashQueue;
import org.reachable.frontdoor.MyReferral;
import org.reachable.frontdoor.NewConcern;
import org.reachable.frontdoor.QueueItem;
import org.reachable.frontdoor.RaiseConcern;
import org.reachable.frontdoor.Referrals;
import org.reachable.frontdoor.StrategyDiscussion;
import org.reachable.platform.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The front door: raise a concern, work the MASH queue, hear back as a referrer, escalate. */
@ApiController("/api/v1/frontdoor")
@Tag(name = "Front door")
@SecurityRequirement(name = "session")
class FrontDoorApi {

    private final RaiseConcern raise;
    private final MashQueue queue;
    private final ContactCasework casework;
    private final Referrals referrals;

    FrontDoorApi(RaiseConcern raise, MashQueue queue, ContactCasework casework, Referrals referrals) {
        this.raise = raise;
        this.queue = queue;
        this.casework = casework;
        this.referrals = referrals;
    }

    @PostMapping("/concerns")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Raise a concern about a child (any agency)",
            description = "Accepted even when the reason, the child's voice or ethnicity is missing: those come back as "
                    + "qualityWarnings. Victim-blaming phrases come back as languagePrompts. Field errors answer 400.")
    ConcernReceipt raise(@RequestBody NewConcern concern) {
        return raise.raise(concern);
    }

    @GetMapping("/contacts")
    @Operation(summary = "The MASH queue: open contacts, most pressing first, with working-day clocks (at most 500; "
            + "`since`, an ISO instant such as 2026-11-22T08:00:00Z, keeps those received since then)")
    List<QueueItem> queue(@RequestParam(required = false) java.time.Instant since) {
        return queue.open(since);
    }

    @GetMapping("/contacts/{id}")
    @Operation(summary = "One contact with its requests, strategy discussions and escalations")
    ContactFile contact(@PathVariable UUID id) {
        return casework.file(id);
    }

    record Screening(String rag, String note) {
    }

    @PostMapping("/contacts/{id}/screening")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record the MASH screening (RED, AMBER, GREEN) with a note")
    void screen(@PathVariable UUID id, @RequestBody Screening body) {
        casework.screen(id, body.rag(), body.note());
    }

    record NewRequest(String organisationId, String question, Integer dueInHours) {
    }

    @PostMapping("/contacts/{id}/information-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask a partner agency for information, due within dueInHours (default 4)")
    InformationRequest request(@PathVariable UUID id, @RequestBody NewRequest body) {
        return casework.requestInformation(id, body.organisationId(), body.question(), body.dueInHours());
    }

    @GetMapping("/information-requests")
    @Operation(summary = "Open requests to your organisation from the MASH")
    List<InformationRequest> requestsToMe() {
        return casework.requestsToMyOrganisation();
    }

    record Answer(String answer) {
    }

    @PostMapping("/information-requests/{id}/answer")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Answer a MASH information request for your organisation")
    void answer(@PathVariable UUID id, @RequestBody Answer body) {
        casework.answer(id, body.answer());
    }

    record NewDecision(String decision, String reason, String namedContact) {
    }

    @PostMapping("/contacts/{id}/decision")
    @Operation(summary = "Decide a contact: the reason and named contact go back to the referrer")
    Contact decide(@PathVariable UUID id, @RequestBody NewDecision body) {
        return casework.decide(id, body.decision(), body.reason(), body.namedContact());
    }

    record NewStrategyDiscussion(String heldOn, boolean s47, List<StrategyDiscussion.Attendee> attendees,
                                 String notes) {
    }

    @PostMapping("/contacts/{id}/strategy-discussions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a strategy discussion with attendees by organisation and role")
    StrategyDiscussion strategy(@PathVariable UUID id, @RequestBody NewStrategyDiscussion body) {
        return casework.recordStrategyDiscussion(id, body.heldOn(), body.s47(), body.attendees(), body.notes());
    }

    @GetMapping("/referrals")
    @Operation(summary = "Your own referrals with the outcome, the reason and a named contact")
    List<MyReferral> mine() {
        return referrals.mine();
    }

    record NewEscalation(String reason) {
    }

    @PostMapping("/referrals/{id}/escalations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Escalate your disagreement with the decision on your referral")
    Escalation escalate(@PathVariable UUID id, @RequestBody NewEscalation body) {
        return referrals.escalate(id, body.reason());
    }

    @GetMapping("/escalations")
    @Operation(summary = "Escalations, open first (managers)")
    List<Escalation> escalations() {
        return referrals.escalations();
    }

    record Resolution(String resolution) {
    }

    @PostMapping("/escalations/{id}/resolution")
    @Operation(summary = "Resolve an escalation (managers)")
    Escalation resolve(@PathVariable UUID id, @RequestBody Resolution body) {
        return referrals.resolve(id, body.resolution());
    }
}
