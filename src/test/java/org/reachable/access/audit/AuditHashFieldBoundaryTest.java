package org.reachable.access.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.LegalBasis;
import org.reachable.access.Role;
import org.reachable.access.TestUsers;
import org.reachable.support.ReachableTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

@ReachableTest
class AuditHashFieldBoundaryTest {
    @Autowired AuditVerifier verifier;
    @Autowired Audit audit;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager tm;

    @AfterEach void out() { TestUsers.signOut(); }

    /** Text containing the old separator cannot be shifted into the next field unnoticed. */
    @Test
    void movingTextAcrossTheFieldSeparatorIsDetected() {
        TestUsers.signIn(Role.PRACTITIONER);
        AuditTampering t = new AuditTampering(audit, jdbc, tm);
        String purpose = "Break-glass: urgent " + UUID.randomUUID() + "\u001fsee note";
        UUID person = UUID.randomUUID();
        audit.allowed(AuditAction.BREAK_GLASS, person, "child/" + person, purpose, LegalBasis.EMERGENCY);
        long seq = t.seqOf(purpose);
        t.withTriggerOffThenRollBack(() -> {
            t.change("""
                    update access_audit set purpose = split_part(purpose, chr(31), 1),
                        legal_basis = split_part(purpose, chr(31), 2) || chr(31) || legal_basis where seq = :seq""", seq);
            assertThat(verifier.verify().problems()).contains("Row " + seq + " has been altered: its content no longer matches its hash");
        });
    }
}
