package org.reachable.feeds;

import java.util.UUID;
import org.reachable.identity.LinkOutcome;

/**
 * The answer to a sent event: the event's id, the child it was linked to and how. {@code duplicate} is true when the
 * same source system and reference had already been received: the answer is the original one and nothing was written.
 */
public record EventReceipt(UUID eventId, UUID personId, LinkOutcome link, boolean duplicate) {
}
