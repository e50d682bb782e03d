package org.reachable.moments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachable.platform.cli.Subcommand;
import org.reachable.support.ReachableTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The recheck command judges the named rules for every child, printing progress, and refuses unknown rules. */
@ReachableTest
class RecheckCommandTest {

    @Autowired
    List<Subcommand> subcommands;
    @Autowired
    MomentRules rules;

    @Test
    void recheckJudgesTheNamedRulesAndRecordsTheRun() {
        String out = run("--rules", "online-threats,release-from-custody");
        assertThat(out).contains("Judging 2 rules").containsPattern("Done: [0-9,]+ findings");
        ReevaluationProgress run = rules.latestRun().orElseThrow();
        assertThat(run.reason()).isEqualTo("recheck command");
        assertThat(run.finished()).isTrue();
        assertThat(run.done()).isEqualTo(run.children());
    }

    @Test
    void anUnknownRuleIsRefusedWithTheActiveOnesListed() {
        assertThat(run("--rules", "no-such-rule")).contains("Not an active rule: no-such-rule")
                .contains("permanent-exclusion");
    }

    private String run(String... args) {
        Subcommand recheck = subcommands.stream().filter(s -> s.name().equals("recheck")).findFirst().orElseThrow();
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exit = recheck.run(args);
            assertThat(exit).isIn(0, 2);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
