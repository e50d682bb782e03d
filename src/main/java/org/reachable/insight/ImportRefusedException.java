package org.reachable.insight;

/** A file that cannot be imported at all (unreadable, wrong columns). Nothing has been written. */
public class ImportRefusedException extends RuntimeException {

    public ImportRefusedException(String message) {
        super(message);
    }

    public ImportRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
