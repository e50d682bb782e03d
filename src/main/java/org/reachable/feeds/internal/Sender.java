package org.reachable.feeds.internal;

import java.util.UUID;

/**
 * Who is sending and how: the organisation whose events these are, the source system to assume when a record names
 * none, who recorded them when a record does not say, and for batch files the import job and the file's format.
 */
public record Sender(UUID organisationId, String defaultSourceSystem, String defaultRecordedBy, UUID importId,
                     String format) {
}
