package org.reachable.access;

import java.time.Instant;
import java.util.UUID;

/**
 * An organisation's API key as administrators see it: never the key itself (only its first characters, to tell keys
 * apart), who issued it and whether it has been revoked.
 */
public record ApiKey(UUID id, UUID organisationId, String name, String prefix, Instant createdAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
