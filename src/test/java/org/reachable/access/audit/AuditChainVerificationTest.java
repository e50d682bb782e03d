package org.reachable.access.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.CurrentUser;
import org.reachable.access.LegalBasis;
import org.reachable.access.Role;
import org.reachable.access.TestUsers;
import org.reachable.support.ReachableTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The audit log's hash chain names any row that was altered, deleted or added behind the log's back. Tampering
 * happens in transactions that are rolled back, so the shared log is intact after every test.
 */
@ReachableTest
class AuditChainVerificationTest {

    private static final String ALTERED = "Row %d has been altered: its content no longer matches its hash";

    @Autowired
    AuditVerifier verifier;
    @Autowired
    Audit audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    AuditTampering tampering;
    CurrentUser practitioner;

    @BeforeEach
    void signIn() {
        tampering = new AuditTampering(audit, jdbc, transactionManager);
        practitioner = TestUsers.signIn(Role.PRACTITIONER);
    }

    @AfterEach
    void logIsIntactAfterwards() {
        TestUsers.signOut();
        assertThat(verifier.verify().problems()).isEmpty();
    }

    @Test
    void isIntactAfterRowsAreAppended() {
        long first = tampering.appendRead();
        audit.bySystem(AuditAction.WRITE, "children", "Audit test system load " + UUID.randomUUID(),
                LegalBasis.ADMINISTRATION);
        long second = tampering.appendRead();

        AuditVerification verification = verifier.verify();

        assertThat(verification.intact()).isTrue();
        assertThat(verification.problems()).isEmpty();
        assertThat(second).isGreaterThan(first + 1);
        assertThat(verification.rowsChecked()).isGreaterThanOrEqualTo(second);
    }

    @Test
    void recordsWhoDidWhatAndChainsEachRowToTheOneBefore() {
        tampering.appendRead();
        long seq = tampering.appendRead();

        Map<String, Object> row = jdbc.sql("select * from access_audit where seq = :seq").param("seq", seq)
                .query().singleRow();
        assertThat(row).containsEntry("actor_id", practitioner.id())
                .containsEntry("actor_name", practitioner.username())
                .containsEntry("actor_role", "PRACTITIONER")
                .containsEntry("action", "READ")
                .containsEntry("outcome", "ALLOWED")
                .containsEntry("legal_basis", LegalBasis.SAFEGUARDING.text());
        String previousRowHash = jdbc.sql("select hash from access_audit where seq = :seq").param("seq", seq - 1)
                .query(String.class).single();
        assertThat(row.get("previous_hash")).isEqualTo(previousRowHash);
        assertThat((String) row.get("hash")).hasSize(64).isNotEqualTo(previousRowHash);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "update access_audit set purpose = purpose || '.' where seq = :seq",
            "update access_audit set outcome = 'DENIED' where seq = :seq",
            "update access_audit set at = at + interval '1 second' where seq = :seq",
            "update access_audit set actor_id = gen_random_uuid() where seq = :seq",
            "update access_audit set actor_name = 'someone else' where seq = :seq",
            "update access_audit set actor_role = 'MANAGER' where seq = :seq",
            "update access_audit set action = 'EXPORT' where seq = :seq",
            "update access_audit set person_id = gen_random_uuid() where seq = :seq",
            "update access_audit set resource = 'child/elsewhere' where seq = :seq",
            "update access_audit set legal_basis = 'none' where seq = :seq"})
    void namesARowWhoseContentWasChanged(String tamper) {
        long seq = tampering.appendRead();
        tampering.appendRead();

        tampering.withTriggerOffThenRollBack(() -> {
            tampering.change(tamper, seq);
            assertThat(verifier.verify().problems()).containsExactly(ALTERED.formatted(seq));
        });
    }

    @Test
    void namesAChangedRowAndTheRowThatNoLongerLinksToItWhenItsHashIsRewritten() {
        long seq = tampering.appendRead();
        tampering.appendRead();

        tampering.withTriggerOffThenRollBack(() -> {
            tampering.change("update access_audit set hash = md5(hash) || md5(hash) where seq = :seq", seq);
            assertThat(verifier.verify().problems()).containsExactly(ALTERED.formatted(seq),
                    "Row " + (seq + 1) + " does not link to the row before it");
        });
    }

    @Test
    void namesARowRelinkedToADifferentPredecessor() {
        long seq = tampering.appendRead();

        tampering.withTriggerOffThenRollBack(() -> {
            tampering.change("update access_audit set previous_hash = 'GENESIS' where seq = :seq", seq);
            assertThat(verifier.verify().problems()).containsExactly(
                    "Row " + seq + " does not link to the row before it", ALTERED.formatted(seq));
        });
    }

    @Test
    void reportsTheGapWhereAMiddleRowWasDeleted() {
        long seq = tampering.appendRead();
        tampering.appendRead();

        tampering.withTriggerOffThenRollBack(() -> {
            tampering.change("delete from access_audit where seq = :seq", seq);
            assertThat(verifier.verify().problems()).containsExactly(
                    "Rows " + seq + " to " + seq + " are missing (deleted)",
                    "Row " + (seq + 1) + " does not link to the row before it");
        });
    }

    @Test
    void reportsTheGapWhereTheFirstRowWasDeleted() {
        tampering.appendRead();
        tampering.appendRead();

        tampering.withTriggerOffThenRollBack(() -> {
            tampering.change("delete from access_audit where seq = :seq", 1);
            assertThat(verifier.verify().problems()).containsExactly("Rows 1 to 1 are missing (deleted)",
                    "Row 2 does not link to the row before it");
        });
    }

    @Test
    void reportsRowsCutFromTheEnd() {
        tampering.appendRead();

        tampering.withTriggerOffThenRollBack(() -> {
            long last = jdbc.sql("select max(seq) from access_audit").query(Long.class).single();
            tampering.change("delete from access_audit where seq >= :seq", last - 1);
            assertThat(verifier.verify().problems()).containsExactly("The log ends at row " + (last - 2)
                    + " but the chain head records row " + last
                    + ": rows have been removed from the end or the head was changed");
        });
    }

    @Test
    void reportsAChainHeadThatNoLongerMatchesTheLastRow() {
        tampering.appendRead();

        tampering.inTransactionThenRollBack(() -> {
            long last = jdbc.sql("select max(seq) from access_audit").query(Long.class).single();
            jdbc.sql("update access_audit_head set last_hash = md5(last_hash) || md5(last_hash) where id = 1")
                    .update();
            assertThat(verifier.verify().problems()).containsExactly("The log ends at row " + last
                    + " but the chain head records row " + last
                    + ": rows have been removed from the end or the head was changed");
        });
    }

    @Test
    void namesARowInsertedBehindTheLogsBack() {
        tampering.appendRead();

        tampering.inTransactionThenRollBack(() -> {
            long last = jdbc.sql("select max(seq) from access_audit").query(Long.class).single();
            tampering.change("""
                    insert into access_audit (seq, at, actor_id, actor_name, actor_role, action, outcome, person_id,
                                              resource, purpose, legal_basis, previous_hash, hash)
                    select seq + 1, at, actor_id, actor_name, actor_role, action, outcome, person_id, resource,
                           'Forged ' || purpose, legal_basis, hash, hash
                    from access_audit where seq = :seq""", last);
            assertThat(verifier.verify().problems()).containsExactly(ALTERED.formatted(last + 1),
                    "The log ends at row " + (last + 1) + " but the chain head records row " + last
                            + ": rows have been removed from the end or the head was changed");
        });
    }

    @Test
    void refusesAPlainUpdate() {
        long seq = tampering.appendRead();
        String purpose = tampering.purposeOf(seq);

        assertThatThrownBy(() -> tampering.inTransactionThenRollBack(() -> tampering.change(
                "update access_audit set purpose = 'Nothing to see here' where seq = :seq", seq)))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("access_audit is append-only: UPDATE is not allowed");
        assertThat(tampering.purposeOf(seq)).isEqualTo(purpose);
    }

    @Test
    void refusesAPlainDelete() {
        long seq = tampering.appendRead();

        assertThatThrownBy(() -> tampering.inTransactionThenRollBack(() -> tampering.change(
                "delete from access_audit where seq = :seq", seq)))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("access_audit is append-only: DELETE is not allowed");
        assertThat(tampering.purposeOf(seq)).startsWith("Audit test ");
    }

    @Test
    void refusesTruncation() {
        long seq = tampering.appendRead();

        assertThatThrownBy(() -> tampering.inTransactionThenRollBack(
                () -> jdbc.sql("truncate access_audit").update()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("access_audit is append-only: TRUNCATE is not allowed");
        assertThat(tampering.purposeOf(seq)).startsWith("Audit test ");
    }
}
