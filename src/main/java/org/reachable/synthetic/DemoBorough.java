package org.reachable.synthetic;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start-up with {@code reachable.demo.enabled=true} and an empty register, generates and loads the demo borough
 * ({@code reachable.demo.children} children from {@code reachable.demo.seed}) and prints the demo logins. With
 * children already in the register it does nothing.
 *
 * <p>It runs once every bean exists but before the web server starts, so nobody signs in to a half-loaded borough,
 * and in one transaction, so a start that is interrupted part-way leaves nothing behind and the next start loads the
 * borough afresh.
 */
@Component
@Profile("!batch")
@ConditionalOnProperty(name = "reachable.demo.enabled", havingValue = "true")
class DemoBorough implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoBorough.class);

    private final BoroughLoader loader;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final long seed;
    private final int children;

    DemoBorough(BoroughLoader loader, TransactionTemplate transaction, Clock clock, @Value("${reachable.demo.seed:20261122}") long seed,
                @Value("${reachable.demo.children:20000}") int children) {
        this.loader = loader;
        this.transaction = transaction;
        this.clock = clock;
        this.seed = seed;
        this.children = children;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long existing = loader.registeredChildren();
        if (existing > 0) {
            log.info("Demo borough: the register already holds {} children; nothing generated", existing);
            return;
        }
        log.info("Demo borough: generating {} synthetic children (seed {})", children, seed);
        BoroughSpec spec = BoroughSpec.of(seed, children, LocalDate.now(clock));
        LoadSummary summary = transaction.execute(status -> loader.run(spec, null, true,
                BoroughGenerator.DEFAULT_BATCH,
                progress -> log.info("Demo borough: {} of {} children loaded ({} events) in {} ms",
                        progress.children(), progress.totalChildren(), progress.events(),
                        progress.elapsed().toMillis())));
        log.info("Demo borough: loaded {} children, {} events, {} organisations and {} practitioners in {} ms",
                summary.children(), summary.events(), summary.organisations(), summary.practitioners(),
                summary.took().toMillis());
        log.info("\n{}", DemoBanner.text(summary));
    }
}
