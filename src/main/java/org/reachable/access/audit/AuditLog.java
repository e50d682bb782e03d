package org.reachable.access.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.reachable.access.AuditAction;
import org.reachable.access.AuditEntry;
import org.reachable.access.CurrentUser;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Appends to the hash-chained audit log. One writer thread takes every waiting entry and writes them in a single
 * transaction (group commit): concurrent readers share one commit instead of queueing behind the chain's lock, and
 * the chain stays in one order. Callers wait until their row is committed.
 */
@Component
public class AuditLog implements DisposableBean {

    private static final long WAIT_SECONDS = 30;

    private final AuditRepository repository;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean running = true;

    AuditLog(AuditRepository repository) {
        this.repository = repository;
        this.writer = Thread.ofPlatform().name("audit-writer").daemon().start(this::writeLoop);
    }

    public void append(CurrentUser actor, AuditAction action, boolean allowed, UUID personId, String resource,
                       String purpose, String legalBasis) {
        AuditEntry entry = new AuditEntry(0, Instant.now().truncatedTo(ChronoUnit.MICROS),
                actor == null ? null : actor.id(), actor == null ? "system" : actor.username(),
                actor == null ? "SYSTEM" : actor.role().name(), action, allowed, personId, resource, purpose,
                legalBasis);
        Pending pending = new Pending(entry, new CompletableFuture<>());
        queue.add(pending);
        try {
            pending.done().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditUnavailableException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AuditUnavailableException(e);
        }
    }

    /** Appends many rows (a batch import) and waits once for all of them; they share the writer's commits. */
    public void appendAll(CurrentUser actor, AuditAction action, List<org.reachable.access.AuditSubject> subjects, String legalBasis) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<CompletableFuture<Void>> waits = new ArrayList<>(subjects.size());
        for (org.reachable.access.AuditSubject s : subjects) {
            AuditEntry entry = new AuditEntry(0, at, actor == null ? null : actor.id(),
                    actor == null ? "system" : actor.username(), actor == null ? "SYSTEM" : actor.role().name(),
                    action, true, s.personId(), s.resource(), s.purpose(), legalBasis);
            Pending pending = new Pending(entry, new CompletableFuture<>());
            waits.add(pending.done());
            queue.add(pending);
        }
        try {
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditUnavailableException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AuditUnavailableException(e);
        }
    }

    public List<AuditEntry> forPerson(UUID personId, int limit) {
        return repository.forPerson(personId, limit);
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>();
        while (running) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, 999);
                repository.appendAll(batch.stream().map(Pending::entry).toList());
                batch.forEach(p -> p.done().complete(null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                batch.forEach(p -> p.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        running = false;
        writer.join(TimeUnit.SECONDS.toMillis(5));
    }

    private record Pending(AuditEntry entry, CompletableFuture<Void> done) {
    }
}
