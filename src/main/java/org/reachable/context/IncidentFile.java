package org.reachable.context;

import java.util.List;

/**
 * A critical incident as the viewer may see it: the harmed child (named only with access), the children most likely
 * affected and why (named only with access), the responses the viewer may see, the totals across the whole list, and
 * groups in conflict with the harmed child's groups (for safety planning).
 */
public record IncidentFile(CriticalIncident incident, Node harmedChild, List<Affected> affected,
                           List<Response> responses, int offered, int takenUp, int declined,
                           List<String> conflicts) {

    public IncidentFile {
        affected = List.copyOf(affected);
        responses = List.copyOf(responses);
        conflicts = List.copyOf(conflicts);
    }

    /** A child on the response list: why they are on it, and whether the alert went to their practitioners. */
    public record Affected(Node child, String reasons, boolean alerted, String support) {
    }

    /** A response, with the child it was for (named only with access) or the setting. */
    public record Response(Node child, IncidentResponse response) {
    }
}
