package org.reachable.synthetic;

import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Makes the next item on a background thread while the caller works on the current one (the next batch is
 * generated while this one loads). Items are made one at a time, in order.
 */
final class Prefetch<T> implements Iterator<T>, AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "borough-generator");
        thread.setDaemon(true);
        return thread;
    });
    private final Iterator<T> source;
    private Future<T> next;

    Prefetch(Iterator<T> source) {
        this.source = source;
        this.next = source.hasNext() ? executor.submit(source::next) : null;
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public T next() {
        try {
            T current = next.get();
            next = source.hasNext() ? executor.submit(source::next) : null;
            return current;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while generating the borough", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Generating the borough failed: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
