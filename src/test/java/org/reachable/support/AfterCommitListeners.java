package org.reachable.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Listeners to accepted events (the front door, reachable moments, critical incidents) run after the receiving
 * transaction commits, on other threads. Until each has finished, Spring Modulith keeps an incomplete publication
 * holding the event; a test waits for those of its own events to go, not for a fixed time.
 */
public final class AfterCommitListeners {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private AfterCommitListeners() {
    }

    /** Waits until every listener has handled the events with these ids; fails after 30 s. */
    public static void awaitHandled(JdbcClient jdbc, Collection<UUID> eventIds) throws InterruptedException {
        String[] patterns = eventIds.stream().map(id -> "%" + id + "%").toArray(String[]::new);
        Instant deadline = Instant.now().plus(WAIT);
        while (jdbc.sql("select count(*) from event_publication where completion_date is null"
                        + " and serialized_event like any(:patterns)")
                .param("patterns", patterns).query(Long.class).single() > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("listeners had not handled events " + eventIds + " after " + WAIT);
            }
            Thread.sleep(20);
        }
    }
}
