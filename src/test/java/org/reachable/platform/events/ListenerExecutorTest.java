package org.reachable.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** At most the limit of listener calls run at once; a call started from inside one never waits for a slot. */
class ListenerExecutorTest {

    @Test
    void runsAtMostTheLimitAtOnce() throws Exception {
        ListenerExecutor executor = new ListenerExecutor(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(10);
        for (int i = 0; i < 10; i++) {
            executor.submit(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                sleep(20);
                running.decrementAndGet();
                done.countDown();
            });
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aCallStartedFromInsideACallDoesNotWaitForASlot() throws Exception {
        ListenerExecutor executor = new ListenerExecutor(1);
        CompletableFuture<String> inner = new CompletableFuture<>();
        CompletableFuture<String> outer = new CompletableFuture<>();
        executor.submit(() -> {
            // The only slot is this call's: a bounded start would wait here for ever.
            executor.submit(() -> inner.complete("inner ran"));
            outer.complete(inner.orTimeout(5, TimeUnit.SECONDS).join());
        });
        assertThat(outer.get(10, TimeUnit.SECONDS)).isEqualTo("inner ran");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
