package org.reachable.context;

import java.util.UUID;

/**
 * One end of a link as the viewer may see it. A child whose record the viewer may not open is shown only as "a child
 * (no access)": no name, no id, no link. {@code type} is CHILD, SIBLING or a context kind.
 */
public record Node(String type, String label, UUID id, String href, boolean named) {

    static final String HIDDEN_CHILD = "a child (no access)";

    static Node hiddenChild() {
        return new Node("CHILD", HIDDEN_CHILD, null, null, false);
    }

    static Node child(UUID id, String name) {
        return new Node("CHILD", name, id, "/children/" + id, true);
    }

    static Node context(UUID id, ContextKind kind, String name) {
        return new Node(kind.name(), name, id, "/contexts/" + id, true);
    }

    public boolean child() {
        return "CHILD".equals(type) || "SIBLING".equals(type);
    }

    public String typeLabel() {
        return switch (type) {
            case "CHILD" -> "Child";
            case "SIBLING" -> "Sibling";
            default -> ContextKind.valueOf(type).label();
        };
    }
}
