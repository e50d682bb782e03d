package org.reachable.access.audit;

import java.util.UUID;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.LegalBasis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends rows of its own to the shared audit log and tampers with them the way someone with database access might,
 * but only inside a transaction that is always rolled back: the verifier joins that transaction and so sees the
 * tampering, while every other connection, and every later test, sees the log untouched.
 */
final class AuditTampering {

    private final Audit audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    AuditTampering(Audit audit, JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Appends a READ by the signed-in user with a unique purpose and returns the row's number. */
    long appendRead() {
        String purpose = "Audit test " + UUID.randomUUID();
        UUID personId = UUID.randomUUID();
        audit.allowed(AuditAction.READ, personId, "child/" + personId, purpose, LegalBasis.SAFEGUARDING);
        return seqOf(purpose);
    }

    long seqOf(String purpose) {
        return jdbc.sql("select seq from access_audit where purpose = :purpose")
                .param("purpose", purpose).query(Long.class).single();
    }

    String purposeOf(long seq) {
        return jdbc.sql("select purpose from access_audit where seq = :seq")
                .param("seq", seq).query(String.class).single();
    }

    /** Runs {@code work} with the append-only trigger switched off, then rolls everything back. */
    void withTriggerOffThenRollBack(Runnable work) {
        inTransactionThenRollBack(() -> {
            jdbc.sql("alter table access_audit disable trigger access_audit_no_update_or_delete").update();
            work.run();
        });
    }

    /** Runs {@code work} (the trigger still on), then rolls everything back, whatever happened. */
    void inTransactionThenRollBack(Runnable work) {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }

    /** Runs a tampering statement that takes the row number as {@code :seq}. */
    void change(String sql, long seq) {
        jdbc.sql(sql).param("seq", seq).update();
    }
}
