package org.reachable.feeds;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A record that could not be accepted, kept whole with every reason. {@code rawFormat} says how {@code rawText} is
 * written: a feed format's name (the record as sent) or "json" (the record as read, in the events API's shape).
 */
public record QuarantinedRecord(UUID id, UUID importId, UUID organisationId, String sourceSystem, String fileName,
                                Long line, String reference, List<Problem> problems, String rawFormat,
                                String rawText, Status status, UUID eventId, Instant createdAt, int version) {

    public enum Status { OPEN, RESUBMITTED }

    /** One broken rule: the field (null for the record or file as a whole), the value found and the rule. */
    public record Problem(String field, String value, String rule) {
    }

    /** "police.csv line 17", or the reference for records sent one at a time. */
    public String locator() {
        if (fileName != null && line != null) {
            return fileName + " line " + line;
        }
        return fileName != null ? fileName : "reference " + reference;
    }
}
