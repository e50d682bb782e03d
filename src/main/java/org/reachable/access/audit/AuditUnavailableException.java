package org.reachable.access.audit;

/** The audit log could not record an action, so the action must not go ahead. */
public class AuditUnavailableException extends RuntimeException {

    AuditUnavailableException(Throwable cause) {
        super("The audit log is unavailable; the action was not carried out", cause);
    }
}
