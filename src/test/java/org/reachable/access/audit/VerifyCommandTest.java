package org.reachable.access.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachable.access.Audit;
import org.reachable.access.Role;
import org.reachable.access.TestUsers;
import org.reachable.support.ReachableTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** {@code java -jar reachable.jar verify}: exit code 0 and a row count when intact, 1 and the rows named when not. */
@ReachableTest
class VerifyCommandTest {

    @Autowired
    VerifyCommand command;
    @Autowired
    Audit audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    AuditTampering tampering;

    @BeforeEach
    void signIn() {
        tampering = new AuditTampering(audit, jdbc, transactionManager);
        TestUsers.signIn(Role.PRACTITIONER);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void exitsWithZeroAndCountsTheRowsOfAnIntactLog() {
        long seq = tampering.appendRead();

        Run run = runCommand();

        assertThat(run.exitCode()).isZero();
        Matcher intact = Pattern.compile("Audit log intact: (\\d+) rows checked\\.").matcher(run.output());
        assertThat(intact.find()).as(run.output()).isTrue();
        assertThat(Long.parseLong(intact.group(1))).isGreaterThanOrEqualTo(seq);
        assertThat(run.output()).doesNotContain("BROKEN");
    }

    @Test
    void exitsWithOneAndNamesTheAlteredRow() {
        long seq = tampering.appendRead();
        tampering.appendRead();

        tampering.withTriggerOffThenRollBack(() -> {
            tampering.change("update access_audit set purpose = 'Nothing to see here' where seq = :seq", seq);

            Run run = runCommand();

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.output()).contains("Audit log BROKEN")
                    .contains("  - Row " + seq + " has been altered: its content no longer matches its hash")
                    .doesNotContain("intact");
        });

        assertThat(runCommand().exitCode()).isZero();
    }

    @Test
    void exitsWithOneAndNamesTheGapLeftByADeletedRow() {
        long seq = tampering.appendRead();
        tampering.appendRead();

        tampering.withTriggerOffThenRollBack(() -> {
            tampering.change("delete from access_audit where seq = :seq", seq);

            Run run = runCommand();

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.output()).contains("  - Rows " + seq + " to " + seq + " are missing (deleted)");
        });

        assertThat(runCommand().exitCode()).isZero();
    }

    private Run runCommand() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exitCode;
        try {
            exitCode = command.run(new String[0]);
        } finally {
            System.setOut(original);
        }
        return new Run(exitCode, captured.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String output) {
    }
}
