package org.reachable.platform.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings for the rest of the current transaction only (PostgreSQL's {@code SET LOCAL}): the pooled connection goes
 * back as it was. Each method needs a transaction.
 */
@Component
public class TransactionSettings {

    private final JdbcClient jdbc;

    TransactionSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Prepared statements reuse their generic plan instead of being planned again on every call.
     * <p>
     * The ingest path's lookups take a list as an array parameter ({@code id = any(:ids)}, {@code unnest(:values)}).
     * PostgreSQL plans such a statement afresh each time it runs, even once prepared, because a plan for the actual
     * array looks cheaper than its generic plan (which assumes ten elements): under the events API benchmark planning
     * them took 1.7 times as long as running them ({@code pg_stat_statements} with {@code track_planning}). Their
     * generic plans are the same index lookups. Only for transactions that ask: elsewhere (searches by name, date
     * ranges) a plan for the actual values can be much better than a generic one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void genericPlans() {
        jdbc.sql("select set_config('plan_cache_mode', 'force_generic_plan', true)").query().singleValue();
    }

    /**
     * Generic plans (as {@link #genericPlans}), and a commit that does not wait for the disk, for work that is done
     * again if a crash loses it: a listener's, whose publication stays in the publication log until it completes.
     * <p>
     * Safe because the write-ahead log is flushed in order: the listener's commit is written before the completion
     * that removes its publication, so a crash can lose the listener's work only together with that completion, and
     * then the publication is delivered again. Any later commit that does wait (an agency's next batch) flushes both.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void redoableWork() {
        jdbc.sql("select set_config('plan_cache_mode', 'force_generic_plan', true),"
                + " set_config('synchronous_commit', 'off', true)").query().singleRow();
    }

    /**
     * A commit that does not wait for the disk: only for writes that are done again if a crash loses them (see
     * {@link #redoableWork}) or whose loss does no harm ("last viewed").
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void commitWithoutWaiting() {
        jdbc.sql("select set_config('synchronous_commit', 'off', true)").query().singleValue();
    }
}
