package org.reachable.moments.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.reachable.chronology.ChildHistories;
import org.reachable.chronology.HistoryEvent;
import org.reachable.identity.AgeAndPostcode;
import org.reachable.identity.ChildRegister;
import org.reachable.moments.rules.MomentRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Judges rules over the whole population as at now: in the background after a rule changes, and each morning for the
 * rules no event announces (transition points). Streams every child's history once, in chunks, and records progress
 * as it goes so the rules page can show it.
 */
@Component
public class Reevaluation {

    private static final Logger LOG = LoggerFactory.getLogger(Reevaluation.class);
    private static final int CHUNK = 1_000;

    private final ChildHistories histories;
    private final ChildRegister register;
    private final ActiveRules rules;
    private final Evaluator evaluator;
    private final MomentsRepository repository;
    private final TransactionTemplate separately;
    private final Clock clock;
    private final TaskExecutor background;

    Reevaluation(ChildHistories histories, ChildRegister register, ActiveRules rules, Evaluator evaluator,
                 MomentsRepository repository, PlatformTransactionManager transactions, Clock clock,
                 @Qualifier("applicationTaskExecutor") TaskExecutor background) {
        this.histories = histories;
        this.register = register;
        this.rules = rules;
        this.evaluator = evaluator;
        this.repository = repository;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.background = background;
    }

    /** Starts a run and returns its id at once; the work goes on in the background. */
    public UUID start(String reason, Collection<String> ruleKeys) {
        UUID id = UUID.randomUUID();
        separately.executeWithoutResult(s -> repository.startRun(id, reason, String.join(",", ruleKeys),
                clock.instant(), histories.childrenWithEvents()));
        background.execute(() -> run(id, List.copyOf(ruleKeys)));
        return id;
    }

    /** Runs to the end in this thread (the daily job); the number of findings raised. */
    public long run(UUID id, Collection<String> ruleKeys) {
        return run(id, ruleKeys, (done, raised) -> { });
    }

    /** Creates a run and runs it to the end in this thread, telling {@code progress} after each chunk of children. */
    public long runNow(String reason, Collection<String> ruleKeys, Progress progress) {
        UUID id = UUID.randomUUID();
        separately.executeWithoutResult(s -> repository.startRun(id, reason, String.join(",", ruleKeys),
                clock.instant(), histories.childrenWithEvents()));
        return run(id, ruleKeys, progress);
    }

    /** Children judged so far and findings raised so far. */
    public interface Progress {
        void update(long children, long findings);
    }

    private long run(UUID id, Collection<String> ruleKeys, Progress progress) {
        List<MomentRule> judged = rules.rules().stream().filter(r -> ruleKeys.contains(r.key())).toList();
        Instant at = clock.instant();
        AtomicLong done = new AtomicLong();
        AtomicLong raised = new AtomicLong();
        List<List<HistoryEvent>> chunk = new ArrayList<>(CHUNK);
        try {
            histories.forEachChild(events -> {
                chunk.add(events);
                if (chunk.size() == CHUNK) {
                    raised.addAndGet(judge(chunk, judged, at));
                    done.addAndGet(chunk.size());
                    chunk.clear();
                    separately.executeWithoutResult(s -> repository.progress(id, done.get(), raised.get()));
                    progress.update(done.get(), raised.get());
                }
            });
            raised.addAndGet(judge(chunk, judged, at));
            done.addAndGet(chunk.size());
            separately.executeWithoutResult(s -> {
                repository.progress(id, done.get(), raised.get());
                repository.finishRun(id, clock.instant(), null);
            });
            progress.update(done.get(), raised.get());
        } catch (RuntimeException e) {
            LOG.error("Re-evaluation {} failed after {} children", id, done.get(), e);
            separately.executeWithoutResult(s -> repository.finishRun(id, clock.instant(),
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
            throw e;
        }
        return raised.get();
    }

    /** Each morning: the transition-point rules, which no event announces. */
    @Scheduled(cron = "${reachable.moments.daily-run:0 0 6 * * *}", zone = "Europe/London")
    public void daily() {
        List<String> daily = rules.rules().stream().filter(r -> r.trigger() == MomentRule.Trigger.DAILY)
                .map(MomentRule::key).toList();
        if (!daily.isEmpty()) {
            UUID id = UUID.randomUUID();
            separately.executeWithoutResult(s -> repository.startRun(id, "Daily run of transition-point rules",
                    String.join(",", daily), clock.instant(), histories.childrenWithEvents()));
            run(id, daily);
        }
    }

    private long judge(List<List<HistoryEvent>> children, List<MomentRule> judged, Instant at) {
        if (children.isEmpty() || judged.isEmpty()) {
            return 0;
        }
        Map<UUID, AgeAndPostcode> facts = register.agesAndPostcodes(children.stream()
                .map(events -> events.getFirst().personId()).collect(Collectors.toSet()));
        return separately.execute(s -> {
            long raised = 0;
            for (List<HistoryEvent> events : children) {
                AgeAndPostcode child = facts.get(events.getFirst().personId());
                if (child != null) {
                    raised += evaluator.asAt(child, events, judged, at);
                }
            }
            return raised;
        });
    }
}
