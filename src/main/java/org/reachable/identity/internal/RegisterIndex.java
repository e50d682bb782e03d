package org.reachable.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.reachable.identity.ChildRecord;
import org.reachable.identity.PeopleMerged;
import org.reachable.identity.PeopleUnmerged;
import org.reachable.linkage.LinkageIndex;
import org.reachable.linkage.LinkageModel;
import org.reachable.linkage.PersonRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The register's people in a linkage index, scored by the model in use. Built once from the identity tables (in the
 * background when the application is ready, or on first use, whichever comes first) and kept in step afterwards:
 * people registered, merged and unmerged are added or removed when their transaction commits, so a rolled-back or
 * retried batch never leaves a child in the index that the register does not hold. Changes that arrive while the
 * index is being built are replayed onto it before it is used. Merged records stay in the index, answering for the
 * child they were merged into ({@link #childOf}).
 */
@Component
class RegisterIndex {

    private static final Logger log = LoggerFactory.getLogger(RegisterIndex.class);

    /** The model and the people it scores; replaced whole when the model is retrained. */
    record Engine(long modelId, LinkageModel model, LinkageIndex index, String modelSource) {
    }

    private final LinkageRepository repository;
    private final ModelStore models;
    private final ReentrantLock building = new ReentrantLock();
    private final Object changes = new Object();
    private final boolean batch;
    private final java.util.Map<UUID, UUID> mergedInto = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Engine engine;
    private List<Consumer<LinkageIndex>> pending;
    private CompletableFuture<Engine> first;

    RegisterIndex(LinkageRepository repository, ModelStore models, org.springframework.core.env.Environment environment) {
        this.repository = repository;
        this.models = models;
        this.batch = environment.acceptsProfiles(org.springframework.core.env.Profiles.of("batch"));
    }

    /** Subcommands (which run before the application is ready) build the index on first use instead. */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (batch) {
            return;
        }
        start();
    }

    /** The engine in use, waiting for the first build if it has not finished (a failed build is tried again). */
    Engine engine() {
        Engine current = engine;
        return current != null ? current : start().join();
    }

    private synchronized CompletableFuture<Engine> start() {
        if (first == null || first.isCompletedExceptionally()) {
            first = CompletableFuture.supplyAsync(() -> rebuild(models.inUse()),
                    // A platform thread: see ModelTrainer (a virtual one was seen to deadlock the start on 2 cores).
                    r -> Thread.ofPlatform().daemon().name("register-index").start(r));
        }
        return first;
    }

    /**
     * A model trained by the {@code train-matcher} command (another process) reaches a running server here: when a
     * newer model than the one in use has been stored, the index is rebuilt with it and swapped in whole, so
     * matching never sees half of each. Until then, matching goes on with the model in use.
     */
    @Scheduled(fixedDelayString = "${reachable.identity.model-check:PT1M}",
            initialDelayString = "${reachable.identity.model-check:PT1M}")
    void followNewModel() {
        Engine current = engine;
        if (batch || current == null || repository.latestModelId() == current.modelId()) {
            return;
        }
        ModelStore.ModelInUse newer = models.inUse();
        log.info("A newer matcher model is stored ({}); rebuilding the register index with it", newer.source());
        rebuild(newer);
    }

    /** Builds the index of the whole register for this model and puts it in use. */
    Engine rebuild(ModelStore.ModelInUse model) {
        building.lock();
        try {
            long started = System.nanoTime();
            synchronized (changes) {
                pending = new ArrayList<>();
            }
            LinkageIndex index = LinkageIndex.create(model.model());
            int people = 0;
            for (LinkageRepository.RegisterPerson p : repository.register()) {
                index.add(p.record());
                if (p.merged()) {
                    mergedInto.put(p.id(), p.mergedInto());
                } else {
                    people++;
                }
            }
            Engine built = new Engine(model.id(), model.model(), index, model.source());
            synchronized (changes) {
                pending.forEach(change -> change.accept(index));
                pending = null;
                engine = built;
            }
            log.info("Register index built: {} people and {} merged records in {} ms, model: {}", people,
                    index.size() - people,
                    (System.nanoTime() - started) / 1_000_000, model.source());
            return built;
        } finally {
            building.unlock();
        }
    }

    /** Called inside the transaction that registers these children: they join the index when it commits. */
    void registered(Collection<ChildRecord> children) {
        List<PersonRecord> records = children.stream().map(LinkageRecords::of).toList();
        afterCommit(index -> records.forEach(index::add));
    }

    /**
     * The child a held record now belongs to: itself, or the child a reviewer merged it into. A merged record stays
     * in the index as another way the survivor has been recorded, so an agency that writes the child that way again
     * is linked to the survivor instead of being sent for review again.
     */
    UUID childOf(UUID record) {
        UUID child = record;
        for (int hops = 0; hops < 10; hops++) {
            UUID next = mergedInto.get(child);
            if (next == null) {
                return child;
            }
            child = next;
        }
        return child;
    }

    @EventListener
    void merged(PeopleMerged event) {
        afterCommit(index -> mergedInto.put(event.mergedId(), event.survivorId()));
    }

    @EventListener
    void unmerged(PeopleUnmerged event) {
        afterCommit(index -> mergedInto.remove(event.mergedId()));
    }

    private void afterCommit(Consumer<LinkageIndex> change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            apply(change);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                apply(change);
            }
        });
    }

    private void apply(Consumer<LinkageIndex> change) {
        synchronized (changes) {
            Engine current = engine;
            if (current != null) {
                change.accept(current.index());
            }
            if (pending != null) {
                pending.add(change);
            }
        }
    }
}
