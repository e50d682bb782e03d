package org.reachable.feeds.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.reachable.feeds.EventSubmission;
import org.reachable.feeds.IncomingRecord;
import org.reachable.feeds.ParseProblem;
import org.reachable.feeds.QuarantinedRecord;
import org.reachable.platform.validation.FieldProblem;

/** Builds quarantine rows: from a record that could not be read, or one that was read but broke rules. */
final class Quarantine {

    static final String JSON = "json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Quarantine() {
    }

    static QuarantinedRecord of(ParseProblem p, Sender sender, Instant now) {
        return new QuarantinedRecord(UUID.randomUUID(), sender.importId(), sender.organisationId(),
                sender.defaultSourceSystem(), p.file(), p.line(), p.reference(),
                List.of(new QuarantinedRecord.Problem(p.field(), p.value(), p.rule())), sender.format(),
                p.rawText() == null ? "" : p.rawText(), QuarantinedRecord.Status.OPEN, null, now, 0);
    }

    static QuarantinedRecord of(IncomingRecord r, List<FieldProblem> problems, Sender sender, Instant now) {
        String system = r.provenance() == null || r.provenance().sourceSystem() == null
                ? sender.defaultSourceSystem() : r.provenance().sourceSystem();
        return new QuarantinedRecord(UUID.randomUUID(), sender.importId(), sender.organisationId(), system,
                r.provenance() == null ? null : r.provenance().file(),
                r.provenance() == null ? null : r.provenance().line(),
                r.provenance() == null ? null : r.provenance().sourceReference(),
                problems.stream().map(p -> new QuarantinedRecord.Problem(p.field(), p.rejectedValue(), p.message()))
                        .toList(), JSON, json(EventSubmission.of(r)), QuarantinedRecord.Status.OPEN, null, now, 0);
    }

    static String json(EventSubmission submission) {
        try {
            return MAPPER.writeValueAsString(submission);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A record read from a file cannot be written as JSON", e);
        }
    }
}
