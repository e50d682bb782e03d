package org.reachable.synthetic;

import java.time.Instant;
import java.util.UUID;

/** A contact still open at the front door (MASH), which lets MASH practitioners see the child's record. */
public record FrontDoorCase(UUID personId, String reference, Instant openedAt) {
}
