package org.reachable.feeds.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.AuditSubject;
import org.reachable.access.CurrentUser;
import org.reachable.access.CurrentUsers;
import org.reachable.access.LegalBasis;
import org.reachable.chronology.ReceiveEvents;
import org.reachable.chronology.ReceivedEvent;
import org.reachable.feeds.EventReceipt;
import org.reachable.feeds.IncomingRecord;
import org.reachable.feeds.ParseProblem;
import org.reachable.feeds.QuarantinedRecord;
import org.reachable.identity.MatchPerson;
import org.reachable.identity.MatchResult;
import org.reachable.platform.database.TransactionSettings;
import org.reachable.platform.validation.Checks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one path every agency record takes, from the API or a file: check, skip what was already received, link the
 * person, write the event with its provenance and a receipt, quarantine what cannot be accepted, audit every write.
 */
@Component
public class Ingest {

    /** A record's place in a file (its ordinal among records and problems) and what was read there. */
    public record Item(long position, IncomingRecord record, ParseProblem problem) {
    }

    /** What one batch did. */
    public record Counts(long committed, long duplicates, long quarantined) {
    }

    /** Thrown when the checkpoint moved under us: the same file is being imported by another process. */
    public static class CheckpointMoved extends RuntimeException {
        CheckpointMoved() {
            super("The import's checkpoint was moved by another process; this run stops");
        }
    }

    private static final int ATTEMPTS = 3;
    /** Events sent one at a time that may share a transaction: enough for hundreds of concurrent clients. */
    private static final int MAX_SENT_TOGETHER = 250;

    private final RecordChecker checker;
    private final MatchPerson match;
    private final ReceiveEvents events;
    private final FeedsRepository receipts;
    private final QuarantineRepository quarantine;
    private final ImportRepository imports;
    private final Audit audit;
    private final TransactionTemplate transaction;
    private final TransactionSettings settings;
    private final Clock clock;
    /**
     * Writers inside a transaction at once. Each holds a pooled connection while it waits for its audit rows, which
     * the audit writer needs a connection of its own to commit: without a bound, enough concurrent senders would
     * hold every connection and wait for an audit writer that can get none.
     */
    private final Semaphore writers;
    /** Events sent one at a time by concurrent callers, written together. */
    private final Combiner<Lane, RecordChecker.Accepted, Answer> combiner;

    Ingest(RecordChecker checker, MatchPerson match, ReceiveEvents events, FeedsRepository receipts,
           QuarantineRepository quarantine, ImportRepository imports, Audit audit, TransactionTemplate transaction,
           TransactionSettings settings, Clock clock, @Value("${reachable.feeds.concurrent-writers:12}") int concurrentWriters,
           @Value("${reachable.feeds.writers-per-sender:3}") int writersPerSender,
           @Value("${reachable.feeds.linger:PT0S}") java.time.Duration linger) {
        this.writers = new Semaphore(concurrentWriters, true);
        this.combiner = new Combiner<>(writersPerSender, MAX_SENT_TOGETHER, linger);
        this.checker = checker;
        this.match = match;
        this.events = events;
        this.receipts = receipts;
        this.quarantine = quarantine;
        this.imports = imports;
        this.audit = audit;
        this.transaction = transaction;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * One record, answered at once: invalid input throws with every problem (nothing written); a reference already
     * received answers the original receipt. Concurrent records from the same sender share a transaction (see
     * {@link Combiner}); idempotent under concurrent duplicates, which the receipt's primary key serialises.
     */
    public EventReceipt one(IncomingRecord record, Sender sender) {
        Instant now = clock.instant();
        Checks checks = new Checks();
        RecordChecker.Accepted accepted = checker.check(record, sender.defaultSourceSystem(),
                sender.defaultRecordedBy(), now, checks);
        checks.throwIfAny();
        // The writing caller's signed-in user is audited for the whole batch, so only one sender's records share one.
        Lane lane = new Lane(CurrentUsers.current().orElse(null), sender);
        return combiner.submit(lane, accepted, batch -> retrying(() -> transaction.execute(
                status -> sentInTransaction(batch, sender)))).orThrow();
    }

    private record Lane(CurrentUser user, Sender sender) {
    }

    /** The answer to one sent record: its receipt, or why it was refused. */
    private record Answer(EventReceipt receipt, RuntimeException refusal) {
        EventReceipt orThrow() {
            if (refusal != null) {
                throw refusal;
            }
            return receipt;
        }
    }

    /**
     * Records sent one at a time (by concurrent callers), in one transaction. A reference received before answers
     * its first receipt, unless another organisation sent it; a reference repeated in the batch answers the first.
     */
    private List<Answer> sentInTransaction(List<RecordChecker.Accepted> batch, Sender sender) {
        settings.genericPlans();
        Instant now = clock.instant();
        Map<String, FeedsRepository.Receipt> earlier = receipts.received(batch);
        Map<String, Integer> firstInBatch = new HashMap<>();
        List<RecordChecker.Accepted> fresh = new ArrayList<>();
        for (RecordChecker.Accepted a : batch) {
            String key = FeedsRepository.key(a.sourceSystem(), a.reference());
            if (!earlier.containsKey(key) && firstInBatch.putIfAbsent(key, fresh.size()) == null) {
                fresh.add(a);
            }
        }
        List<AuditSubject> audited = new ArrayList<>(fresh.size());
        List<EventReceipt> written = writeFresh(fresh, sender, now, audited);
        audit.allowedAll(AuditAction.WRITE, audited, LegalBasis.CONTRIBUTION);
        List<Answer> answers = new ArrayList<>(batch.size());
        Set<String> answered = new HashSet<>();
        for (RecordChecker.Accepted a : batch) {
            String key = FeedsRepository.key(a.sourceSystem(), a.reference());
            FeedsRepository.Receipt before = earlier.get(key);
            if (before != null && !before.organisationId().equals(sender.organisationId())) {
                answers.add(new Answer(null, new ReferenceTakenException(a.sourceSystem(), a.reference())));
            } else if (before != null) {
                answers.add(new Answer(new EventReceipt(before.eventId(), before.personId(), before.outcome(), true),
                        null));
            } else {
                EventReceipt first = written.get(firstInBatch.get(key));
                answers.add(new Answer(answered.add(key) ? first : new EventReceipt(first.eventId(),
                        first.personId(), first.link(), true), null));
            }
        }
        return answers;
    }

    /** A batch of a file after checking: the records to write and those to quarantine, with why. */
    public record Checked(List<RecordChecker.Accepted> accepted, List<QuarantinedRecord> rejected) {
    }

    /**
     * Checks a batch of a file against every rule. Needs no database, so it runs outside the writing transaction: an
     * import checks the next batch while this one is written.
     */
    public Checked check(List<Item> items, Sender sender) {
        Instant now = clock.instant();
        List<RecordChecker.Accepted> accepted = new ArrayList<>(items.size());
        List<QuarantinedRecord> rejected = new ArrayList<>();
        for (Item item : items) {
            if (item.problem() != null) {
                rejected.add(Quarantine.of(item.problem(), sender, now));
                continue;
            }
            Checks checks = new Checks();
            RecordChecker.Accepted a = checker.check(item.record(), sender.defaultSourceSystem(),
                    sender.defaultRecordedBy(), now, checks);
            if (a == null) {
                rejected.add(Quarantine.of(item.record(), checks.problems(), sender, now));
            } else {
                accepted.add(a);
            }
        }
        return new Checked(accepted, rejected);
    }

    /**
     * One checked batch of a file, in one transaction with the import's checkpoint moving from {@code from} to
     * {@code to}: either all of it (events, receipts, quarantined records, checkpoint) is committed or none of it.
     */
    public Counts batch(Checked checked, Sender sender, long from, long to, long bytesRead) {
        return retrying(() -> transaction.execute(status -> batchInTransaction(checked, sender, from, to,
                bytesRead)));
    }

    private Counts batchInTransaction(Checked checked, Sender sender, long from, long to, long bytesRead) {
        settings.genericPlans();
        Instant now = clock.instant();
        List<QuarantinedRecord> rejected = checked.rejected();
        List<RecordChecker.Accepted> fresh = withoutDuplicates(checked.accepted());
        long duplicates = checked.accepted().size() - fresh.size();
        List<AuditSubject> audited = new ArrayList<>(fresh.size() + rejected.size());
        writeFresh(fresh, sender, now, audited);
        quarantine.insertAll(rejected);
        rejected.forEach(q -> audited.add(new AuditSubject(null, "feeds/quarantine/" + q.id(),
                "Quarantined a record from " + q.locator() + ": " + q.problems().size() + " problem(s)")));
        if (sender.importId() != null && imports.advance(sender.importId(), from, to, bytesRead, fresh.size(),
                duplicates, rejected.size(), now) != 1) {
            throw new CheckpointMoved();
        }
        audit.allowedAll(AuditAction.WRITE, audited, LegalBasis.CONTRIBUTION);
        return new Counts(fresh.size(), duplicates, rejected.size());
    }

    /**
     * Links records not received before and writes their events and receipts, in the caller's transaction; adds the
     * audit subject of each event to {@code audited}, for the caller to audit last, once everything else has been
     * written without error (a failed write then leaves no audit row about an event that does not exist).
     */
    private List<EventReceipt> writeFresh(List<RecordChecker.Accepted> fresh, Sender sender, Instant now,
                                          List<AuditSubject> audited) {
        if (fresh.isEmpty()) {
            return List.of();
        }
        List<MatchResult> results = match.matchAll(fresh.stream().map(RecordChecker.Accepted::person).toList(),
                fresh.stream().map(Ingest::source).toList());
        List<ReceivedEvent> received = new ArrayList<>(fresh.size());
        List<FeedsRepository.Receipt> receipted = new ArrayList<>(fresh.size());
        List<EventReceipt> written = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            RecordChecker.Accepted a = fresh.get(i);
            MatchResult result = results.get(i);
            UUID eventId = UUID.randomUUID();
            received.add(event(a, eventId, result, sender, now));
            receipted.add(new FeedsRepository.Receipt(a.sourceSystem(), a.reference(), sender.organisationId(),
                    eventId, result.personId(), result.outcome(), result.probability(), sender.importId(), now));
            audited.add(subject(a, eventId, result));
            written.add(new EventReceipt(eventId, result.personId(), result.outcome(), false));
        }
        events.receiveAll(received);
        receipts.insertAll(receipted);
        return written;
    }

    /** Drops records received before, and repeats of a reference within the batch (the first one counts). */
    private List<RecordChecker.Accepted> withoutDuplicates(List<RecordChecker.Accepted> accepted) {
        Set<String> taken = new HashSet<>(receipts.received(accepted).keySet());
        List<RecordChecker.Accepted> fresh = new ArrayList<>(accepted.size());
        for (RecordChecker.Accepted a : accepted) {
            if (taken.add(FeedsRepository.key(a.sourceSystem(), a.reference()))) {
                fresh.add(a);
            }
        }
        return fresh;
    }

    private static ReceivedEvent event(RecordChecker.Accepted a, UUID eventId, MatchResult result, Sender sender,
                                       Instant now) {
        return new ReceivedEvent(eventId, result.personId(), a.event(), sender.organisationId(), a.recordedBy(), now,
                a.sourceSystem(), a.reference(), a.file(), a.line());
    }

    private static AuditSubject subject(RecordChecker.Accepted a, UUID eventId, MatchResult result) {
        String how = switch (result.outcome()) {
            case LINKED -> "linked automatically to a known child";
            case REVIEW -> "registered provisionally and sent for identity review";
            case NEW -> "registered as a new child";
        };
        return new AuditSubject(result.personId(), "chronology/event/" + eventId,
                "Received " + a.event().type().code() + " from " + source(a) + "; " + how);
    }

    private static String source(RecordChecker.Accepted a) {
        String where = a.file() == null ? "" : " (" + a.file() + (a.line() == null ? "" : " line " + a.line()) + ")";
        return a.sourceSystem() + " reference " + a.reference() + where;
    }

    /**
     * A unique-key violation or a deadlock between two writers, however it surfaced (a COPY reports it as an I/O
     * failure of the copy stream): tried again, the transaction sees what the other one committed.
     */
    private static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DuplicateKeyException || (t instanceof java.sql.SQLException sql
                    && ("23505".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two writers registering the same new child or receiving the same reference at once collide on a primary key;
     * the loser rolls back and, tried again, finds what the winner wrote.
     */
    private <T> T retrying(java.util.function.Supplier<T> work) {
        writers.acquireUninterruptibly();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return work.get();
                } catch (RuntimeException e) {
                    if (attempt >= ATTEMPTS || !isConflict(e)) {
                        throw e;
                    }
                }
            }
        } finally {
            writers.release();
        }
    }
}
