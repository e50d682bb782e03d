package org.reachable.platform.events;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The listener calls still to finish: Spring Modulith keeps one publication row per listener for each published
 * event until that listener has handled it (and then deletes it). A batch job waits for its own events' listeners
 * (the front door's contacts, reachable moments) before it reports itself done or lets the JVM exit, so that "done"
 * means the whole of the work, and nothing is left for the next start to republish.
 */
@Component
public class ListenerBacklog {

    private final JdbcClient jdbc;

    ListenerBacklog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Listener calls still to finish for events published at or after {@code since}. */
    public long pendingSince(Instant since) {
        return jdbc.sql("select count(*) from event_publication where publication_date >= :since")
                .param("since", Timestamp.from(since)).query(Long.class).single();
    }

    /**
     * Waits until no listener call for events published since {@code since} is left, telling {@code progress} the
     * count as it falls. Gives up when the count has not changed for {@code stall} (a listener that failed stays
     * pending until it is republished at the next start); returns what is left.
     */
    public long awaitDrained(Instant since, Duration stall, LongConsumer progress) throws InterruptedException {
        long pending = pendingSince(since);
        Instant lastChange = Instant.now();
        while (pending > 0 && Duration.between(lastChange, Instant.now()).compareTo(stall) < 0) {
            Thread.sleep(50);
            long now = pendingSince(since);
            if (now != pending) {
                pending = now;
                lastChange = Instant.now();
                progress.accept(pending);
            }
        }
        return pending;
    }
}
