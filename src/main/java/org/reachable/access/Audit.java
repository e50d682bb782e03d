package org.reachable.access;

import java.util.List;
import java.util.UUID;
import org.reachable.access.audit.AuditLog;
import org.springframework.stereotype.Service;

/**
 * Records who did what with whose personal data, why and under which law. Each call returns once the row is durably
 * in the hash-chained log, so an action is never taken without its record.
 */
@Service
public class Audit {

    private final AuditLog log;

    Audit(AuditLog log) {
        this.log = log;
    }

    /** The signed-in user did {@code action} on {@code resource} (about {@code personId}, if any), and was allowed. */
    public void allowed(AuditAction action, UUID personId, String resource, String purpose, LegalBasis basis) {
        log.append(CurrentUsers.current().orElse(null), action, true, personId, resource, purpose, basis.text());
    }

    /** The signed-in user tried and was refused. */
    public void denied(AuditAction action, UUID personId, String resource, String why) {
        log.append(CurrentUsers.current().orElse(null), action, false, personId, resource, why,
                LegalBasis.NONE.text());
    }

    /**
     * Many allowed actions by the current user (or, with nobody signed in, the system) at once: one row each, about
     * each child, written together. For batch imports, where waiting for each row in turn would be the bottleneck.
     */
    public void allowedAll(AuditAction action, List<AuditSubject> subjects, LegalBasis basis) {
        if (!subjects.isEmpty()) {
            log.appendAll(CurrentUsers.current().orElse(null), action, subjects, basis.text());
        }
    }

    /** A system job (generate, import) touched personal data. */
    public void bySystem(AuditAction action, String resource, String purpose, LegalBasis basis) {
        log.append(null, action, true, null, resource, purpose, basis.text());
    }

    /** Who accessed this child's record, newest first. For information governance; itself audited by the caller. */
    public List<AuditEntry> forPerson(UUID personId, int limit) {
        return log.forPerson(personId, limit);
    }
}
