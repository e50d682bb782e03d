package org.reachable.feeds.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Lets concurrent callers share one transaction (flat combining, as in a database's group commit). Each caller puts
 * its item in its lane's queue; a caller holding one of the lane's few write turns takes everything waiting and
 * writes it as one batch, answering every caller in it; the others wait for their answer. So 32 clients sending one
 * event each cost a handful of transactions at a time instead of 32, and a lone caller is written at once, without
 * waiting for company; when the lane is busy (its last batch had more than one item), the writer first lingers a
 * moment so that the batch is larger.
 *
 * <p>Lanes keep apart callers who must not share a batch (in Reachable: different senders, because the writer's
 * signed-in user is the one audited). If a batch fails, each of its items is written alone, so one bad item fails
 * only its own caller.
 *
 * @param <K> what separates lanes
 * @param <T> an item
 * @param <R> the answer to one item
 */
final class Combiner<K, T, R> {

    private final int turnsPerLane;
    private final int maxBatch;
    private final long lingerNanos;
    private final Map<K, Lane<T, R>> lanes = new ConcurrentHashMap<>();

    /**
     * @param turnsPerLane batches of one lane written at once
     * @param maxBatch     items in one batch at most
     * @param linger       how long a writer waits for company when its lane is busy (zero: never waits)
     */
    Combiner(int turnsPerLane, int maxBatch, Duration linger) {
        this.turnsPerLane = turnsPerLane;
        this.maxBatch = maxBatch;
        this.lingerNanos = linger.toNanos();
    }

    /**
     * Writes the item, alone or together with others waiting in its lane, and answers it. {@code writeAll} writes a
     * batch and answers each item, in order; what it throws for a batch of one is thrown here.
     */
    R submit(K laneKey, T item, Function<List<T>, List<R>> writeAll) {
        Lane<T, R> lane = lanes.computeIfAbsent(laneKey, k -> new Lane<>(turnsPerLane));
        Pending<T, R> mine = new Pending<>(item);
        lane.waiting.add(mine);
        while (!mine.taken) {
            lane.turns.acquireUninterruptibly();
            try {
                if (lane.busy && lingerNanos > 0 && !lane.full(maxBatch)) {
                    // Under load (the lane's last batch had company), a moment's wait lets more callers join: a batch
                    // costs nearly the same whatever its size (one transaction, the same statements, the same
                    // commits and listeners), so fewer, larger batches spend less CPU per item. A lone caller on a
                    // quiet lane never waits.
                    LockSupport.parkNanos(lingerNanos);
                }
                List<Pending<T, R>> batch = lane.take(maxBatch);
                if (!batch.isEmpty()) {
                    lane.busy = batch.size() > 1;
                    write(batch, writeAll);
                }
            } finally {
                lane.turns.release();
            }
        }
        try {
            return mine.answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void write(List<Pending<T, R>> batch, Function<List<T>, List<R>> writeAll) {
        try {
            answer(batch, writeAll.apply(batch.stream().map(Pending::item).toList()));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.getFirst().answer.completeExceptionally(e);
                return;
            }
            for (Pending<T, R> one : batch) {
                try {
                    answer(List.of(one), writeAll.apply(List.of(one.item)));
                } catch (RuntimeException alone) {
                    one.answer.completeExceptionally(alone);
                }
            }
        } finally {
            // Nobody may wait for ever: whatever escaped above (an Error) still answers every caller.
            batch.stream().filter(p -> !p.answer.isDone())
                    .forEach(p -> p.answer.completeExceptionally(new IllegalStateException("Not written")));
        }
    }

    private static <T, R> void answer(List<Pending<T, R>> batch, List<R> answers) {
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).answer.complete(answers.get(i));
        }
    }

    private static final class Lane<T, R> {
        final Queue<Pending<T, R>> waiting = new ConcurrentLinkedQueue<>();
        final Semaphore turns;
        /** Whether the lane's last batch had more than one item. */
        volatile boolean busy;

        Lane(int turns) {
            this.turns = new Semaphore(turns);
        }

        boolean full(int max) {
            int n = 0;
            for (Pending<T, R> ignored : waiting) {
                if (++n >= max) {
                    return true;
                }
            }
            return false;
        }

        List<Pending<T, R>> take(int max) {
            List<Pending<T, R>> batch = new ArrayList<>();
            Pending<T, R> next;
            while (batch.size() < max && (next = waiting.poll()) != null) {
                next.taken = true;
                batch.add(next);
            }
            return batch;
        }
    }

    private static final class Pending<T, R> {
        final T item;
        final CompletableFuture<R> answer = new CompletableFuture<>();
        volatile boolean taken;

        Pending(T item) {
            this.item = item;
        }

        T item() {
            return item;
        }
    }
}
