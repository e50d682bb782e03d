package org.reachable.feeds;

/**
 * A record (or a whole file) that could not be read into an {@link IncomingRecord}: where it is, which field, the value
 * found, the rule it breaks, and the raw text kept so that it can be corrected and sent again. {@code field} is null
 * when the problem is with the record or file as a whole (e.g. malformed XML).
 */
public record ParseProblem(String file, Long line, String reference, String field, String value, String rule,
                           String rawText) {
}
