package org.reachable.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.CurrentUser;
import org.reachable.access.CurrentUsers;
import org.reachable.access.LegalBasis;
import org.reachable.feeds.internal.FeedFormats;
import org.reachable.feeds.internal.Ingest;
import org.reachable.feeds.internal.QuarantineRepository;
import org.reachable.feeds.internal.Sender;
import org.reachable.platform.validation.FieldProblem;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Records the feeds could not accept. MASH practitioners and information governance officers see them (they are
 * personal data: every look is audited); MASH practitioners correct the raw record and send it again, through the
 * same checks and linking as any other record. A correction that still breaks rules is kept with the new reasons.
 */
@Service
public class QuarantineQueue {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final QuarantineRepository repository;
    private final FeedFormats formats;
    private final Ingest ingest;
    private final ChildRecordAccess access;
    private final Audit audit;
    private final Clock clock;

    QuarantineQueue(QuarantineRepository repository, FeedFormats formats, Ingest ingest, ChildRecordAccess access,
                    Audit audit, Clock clock) {
        this.repository = repository;
        this.formats = formats;
        this.ingest = ingest;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public List<QuarantinedRecord> open() {
        access.requireCapability(Capability.VIEW_QUARANTINE, AuditAction.READ, "feeds/quarantine");
        audit.allowed(AuditAction.READ, null, "feeds/quarantine", "Viewed the list of quarantined feed records",
                LegalBasis.SAFEGUARDING);
        return repository.open(200);
    }

    public QuarantinedRecord find(UUID id) {
        access.requireCapability(Capability.VIEW_QUARANTINE, AuditAction.READ, "feeds/quarantine/" + id);
        QuarantinedRecord record = repository.find(id)
                .orElseThrow(() -> new NotFoundException("No quarantined record with that id"));
        audit.allowed(AuditAction.READ, null, "feeds/quarantine/" + id, "Viewed a quarantined feed record",
                LegalBasis.SAFEGUARDING);
        return record;
    }

    /** Sends the corrected record again; answers the receipt, or throws with every remaining problem. */
    public EventReceipt resubmit(UUID id, int version, String correctedText) {
        access.requireCapability(Capability.CORRECT_QUARANTINE, AuditAction.WRITE, "feeds/quarantine/" + id);
        CurrentUser user = CurrentUsers.require();
        QuarantinedRecord q = repository.find(id)
                .orElseThrow(() -> new NotFoundException("No quarantined record with that id"));
        if (q.status() != QuarantinedRecord.Status.OPEN || q.version() != version) {
            throw new InvalidInputException(List.of(new FieldProblem("rawText", null,
                    "Someone else changed or re-submitted this record since you opened it; open it again")));
        }
        String text = correctedText == null ? "" : correctedText.strip();
        Sender sender = new Sender(q.organisationId(), q.sourceSystem(), user.displayName() + " (corrected a "
                + "quarantined record)", null, null);
        try {
            IncomingRecord record = read(q, text);
            EventReceipt receipt = ingest.one(record, sender);
            audit.allowed(AuditAction.WRITE, receipt.personId(), "feeds/quarantine/" + id,
                    "Corrected and re-submitted a quarantined feed record", LegalBasis.SAFEGUARDING);
            repository.resolve(id, version, receipt.eventId(), user.id(), clock.instant());
            return receipt;
        } catch (InvalidInputException e) {
            audit.allowed(AuditAction.WRITE, null, "feeds/quarantine/" + id,
                    "Corrected a quarantined feed record; it still breaks rules", LegalBasis.SAFEGUARDING);
            repository.correct(id, version, q.rawFormat(), text, e.problems().stream()
                    .map(p -> new QuarantinedRecord.Problem(p.field(), p.rejectedValue(), p.message())).toList());
            throw e;
        }
    }

    /** The corrected text read in the record's own format, keeping where the record first came from. */
    private IncomingRecord read(QuarantinedRecord q, String text) {
        IncomingRecord record;
        if ("json".equals(q.rawFormat())) {
            try {
                record = JSON.readValue(text, EventSubmission.class).toRecord(q.fileName(), q.line());
            } catch (JsonProcessingException e) {
                throw problem("Not valid JSON in the events API's shape: " + e.getOriginalMessage());
            }
        } else {
            record = readFormat(q, text);
        }
        Provenance p = record.provenance();
        return new IncomingRecord(new Provenance(p.sourceSystem(), p.sourceReference(), q.fileName(), q.line()),
                record.person(), record.event(), record.recordedBy(), record.recordedAt());
    }

    private IncomingRecord readFormat(QuarantinedRecord q, String text) {
        FeedFormat format = formats.named(q.rawFormat())
                .orElseThrow(() -> problem("The format " + q.rawFormat() + " is no longer available"));
        List<IncomingRecord> records = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        try {
            format.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), q.fileName(),
                    new FeedFormat.Sink() {
                        @Override
                        public void record(IncomingRecord record) {
                            records.add(record);
                        }

                        @Override
                        public void problem(ParseProblem problem) {
                            problems.add(problem);
                        }
                    });
        } catch (IOException e) {
            throw problem("The corrected text could not be read: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().map(p -> new FieldProblem(
                    p.field() == null ? "rawText" : p.field(), p.value(), p.rule())).toList());
        }
        if (records.size() != 1) {
            throw problem("The corrected text must hold exactly one record (it holds " + records.size() + ")");
        }
        return records.getFirst();
    }

    private static InvalidInputException problem(String rule) {
        return new InvalidInputException(List.of(new FieldProblem("rawText", null, rule)));
    }
}
