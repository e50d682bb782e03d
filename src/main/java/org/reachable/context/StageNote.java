package org.reachable.context;

import java.time.Instant;
import java.util.UUID;

/**
 * What was found or decided at a stage: the referral, a location or peer-group assessment (dynamics, influence, the
 * places a group uses), the plan, a review, the closure.
 */
public record StageNote(UUID id, ContextStage stage, String note, String dynamics, String influence,
                        String placesUsed, String recordedBy, Instant recordedAt) {
}
