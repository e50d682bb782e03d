package org.reachable.context;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An action in a context's plan, owned by any agency including non-statutory partners (transport, licensing). */
public record ContextAction(UUID id, UUID contextId, String agency, String owner, String description, LocalDate dueOn,
                            String status, Instant createdAt) {

    public boolean overdue(LocalDate today) {
        return "OPEN".equals(status) && dueOn.isBefore(today);
    }
}
