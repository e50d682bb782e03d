package org.reachable.feeds.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reachable.feeds.EventReceipt;
import org.reachable.feeds.EventSubmission;
import org.reachable.feeds.SendEvents;
import org.reachable.feeds.internal.ReferenceTakenException;
import org.reachable.platform.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Agencies' systems send events one at a time. */
@ApiController("/api/v1")
@Tag(name = "Feeds")
class EventsApi {

    private final SendEvents send;

    EventsApi(SendEvents send) {
        this.send = send;
    }

    @PostMapping("/events")
    @Operation(summary = "Send one event about a person from an agency's system. Answers the event id, the child it "
            + "was linked to and how (LINKED, REVIEW, NEW): 201 when received, 200 with duplicate=true when this "
            + "source system and reference were received before (nothing new is written).",
            security = {@SecurityRequirement(name = "apiKey"), @SecurityRequirement(name = "session")})
    ResponseEntity<EventReceipt> send(@RequestBody EventSubmission submission) {
        EventReceipt receipt = send.send(submission);
        return ResponseEntity.status(receipt.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(receipt);
    }

    /** Handled here, ahead of the shared handler, because only this endpoint raises it. */
    @ExceptionHandler(ReferenceTakenException.class)
    ProblemDetail referenceTaken(ReferenceTakenException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()
                + " Nothing was saved.");
        problem.setTitle("Reference already used");
        return problem;
    }
}
