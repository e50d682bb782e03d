package org.reachable.platform.events;

import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Runs the listeners that handle events after a commit (reachable moments, the front door, critical incidents), each
 * on a virtual thread, at most {@code limit} at once: a thread that would start one more waits for a free slot. That
 * holds back a burst (or the publications republished after a restart), which otherwise started a thread per listener
 * call, all waiting for the 20 database connections and holding their events in memory, and it makes a fast import
 * wait for its listeners instead of running ahead of them.
 * <p>
 * A listener that itself records events (a critical incident records one on each affected child) starts further
 * listener calls from inside a slot; those start at once, outside the bound, because waiting there could wait for
 * ever: every slot could be held by a listener waiting for a slot.
 */
@SuppressWarnings("deprecation") // execute(Runnable, long) is where every submission of the executor arrives
class ListenerExecutor extends SimpleAsyncTaskExecutor {

    private static final ThreadLocal<Boolean> IN_LISTENER = new ThreadLocal<>();

    ListenerExecutor(int limit) {
        super("task-");
        setVirtualThreads(true);
        setConcurrencyLimit(limit);
    }

    @Override
    public void execute(Runnable task, long startTimeout) {
        Runnable marked = () -> {
            IN_LISTENER.set(Boolean.TRUE);
            try {
                task.run();
            } finally {
                IN_LISTENER.remove();
            }
        };
        if (Boolean.TRUE.equals(IN_LISTENER.get())) {
            doExecute(marked);
        } else {
            super.execute(marked, startTimeout);
        }
    }
}
