package org.reachable.feeds.internal;

/**
 * The source system and reference were first sent by another organisation. Answered without saying anything about
 * that record, so that one agency cannot learn about another's records by guessing references.
 */
public class ReferenceTakenException extends RuntimeException {

    public ReferenceTakenException(String system, String reference) {
        super("Source system '" + system + "' and reference '" + reference + "' were already used by another "
                + "organisation. Use your own system's name as the source system.");
    }
}
