package org.reachable.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.reachable.access.internal.AccessRepository;
import org.springframework.context.ApplicationContext;

/**
 * The record rules as they would decide at another moment: the application's own repository and audit log, with a
 * fixed clock injected, so a test can step through time windows (panel meetings, break-glass) without waiting.
 */
public final class RecordAccessAt {

    private RecordAccessAt() {
    }

    public static ChildRecordAccess at(ApplicationContext context, Instant now) {
        return new ChildRecordAccess(context.getBean(AccessRepository.class), context.getBean(Audit.class),
                Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(2));
    }
}
