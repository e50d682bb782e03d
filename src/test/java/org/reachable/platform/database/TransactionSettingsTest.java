package org.reachable.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reachable.support.ReachableTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each setting holds for the transaction that asks for it and no longer (the pooled connection goes back as it was),
 * and Spring Modulith's publication log completes a publication without waiting for the disk. (The test server
 * itself never waits for the disk, so each transaction here first asks to wait, as a production server does.)
 */
@ReachableTest
class TransactionSettingsTest {

    @Autowired
    TransactionSettings settings;
    @Autowired
    EventPublicationRepository publications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void genericPlansLastUntilTheTransactionEnds() {
        List<String> during = transactions.execute(s -> {
            waitForTheDisk();
            settings.genericPlans();
            return modes();
        });
        assertThat(during).containsExactly("force_generic_plan", "on");
        assertNothingKept();
    }

    @Test
    void redoableWorkAlsoCommitsWithoutWaiting() {
        List<String> during = transactions.execute(s -> {
            waitForTheDisk();
            settings.redoableWork();
            return modes();
        });
        assertThat(during).containsExactly("force_generic_plan", "off");
        assertNothingKept();
    }

    @Test
    void aPublicationIsCompletedWithoutWaiting() {
        List<String> during = transactions.execute(s -> {
            waitForTheDisk();
            publications.markCompleted(UUID.randomUUID(), Instant.now());
            return modes();
        });
        assertThat(during).containsExactly("auto", "off");
        assertNothingKept();
    }

    @Test
    void needATransaction() {
        assertThatThrownBy(() -> settings.genericPlans()).isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> settings.redoableWork()).isInstanceOf(IllegalTransactionStateException.class);
    }

    private void assertNothingKept() {
        String server = jdbc.sql("select reset_val from pg_settings where name = 'synchronous_commit'").query(String.class)
                .single();
        for (int n = 0; n < 12; n++) { // more than the pool's connections
            List<String> after = transactions.execute(s -> modes());
            assertThat(after).containsExactly("auto", server);
        }
    }

    private void waitForTheDisk() {
        jdbc.sql("set local synchronous_commit = on").update();
    }

    private List<String> modes() {
        return List.of(jdbc.sql("show plan_cache_mode").query(String.class).single(),
                jdbc.sql("show synchronous_commit").query(String.class).single());
    }
}
