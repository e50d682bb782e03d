package org.reachable.context;

import java.util.List;
import java.util.Map;

/**
 * The network around a child or a context, as the viewer may see it: the links (two hops), the nodes grouped by kind
 * (peers, siblings, adults of concern, places, online spaces, groups), conflicts between groups, and how much was left
 * out for the viewer's role (links of children they may not open; persons of interest without the capability).
 */
public record NetworkView(Node centre, List<LinkRow> links, Map<String, List<Node>> groups, List<String> conflicts,
                          int hiddenLinks, boolean truncated) {

    public NetworkView {
        links = List.copyOf(links);
        groups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groups));
        conflicts = List.copyOf(conflicts);
    }
}
