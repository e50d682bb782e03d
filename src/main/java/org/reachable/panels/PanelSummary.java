package org.reachable.panels;

import java.time.Instant;
import java.util.UUID;

/** A panel in a list: no subjects named. {@code member} when the signed-in user sits on it. */
public record PanelSummary(UUID id, String name, int tier, String escalatesToName, int members,
                           Instant nextMeeting, boolean member) {
}
