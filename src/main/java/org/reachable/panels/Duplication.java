package org.reachable.panels;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a chair needs to see: children on several panels at once, and children discussed again and again by the same
 * panel with no action completed.
 */
public record Duplication(int months, List<SeveralPanels> onSeveralPanels, List<Repeated> repeatedWithoutProgress) {

    /** A child on the agendas of two or more panels within the period. */
    public record SeveralPanels(UUID personId, String name, List<String> panels, int meetings, Instant lastDiscussed) {
    }

    /** A child discussed at {@code meetings} meetings of one panel, with {@code actions} actions and none done. */
    public record Repeated(UUID personId, String name, UUID panelId, String panel, int meetings, int actions,
                           Instant firstDiscussed, Instant lastDiscussed) {
    }
}
