package org.reachable.chronology.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.reachable.chronology.NewSubmission;
import org.reachable.chronology.Submission;
import org.reachable.chronology.Submissions;
import org.reachable.platform.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Contributors share information and follow what became of it. */
@ApiController("/api/v1/submissions")
@Tag(name = "Submissions")
@SecurityRequirement(name = "session")
class SubmissionsApi {

    private final Submissions submissions;

    SubmissionsApi(Submissions submissions) {
        this.submissions = submissions;
    }

    @GetMapping
    @Operation(summary = "Your own submissions, newest first, with what became of each")
    List<Submission> mine() {
        return submissions.mine();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Share information about a child",
            description = "Linked to the child's chronology when the NHS number or UPN (with date of birth) identifies "
                    + "them; otherwise kept awaiting identification. Field-level errors answer 400; nothing is written.")
    Submission submit(@RequestBody NewSubmission submission) {
        return submissions.submit(submission);
    }
}
