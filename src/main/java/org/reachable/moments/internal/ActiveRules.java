package org.reachable.moments.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.reachable.moments.StoredRule;
import org.reachable.moments.rules.MomentRule;
import org.springframework.stereotype.Component;

/** The rules in use, parsed once and swapped whole when a change is approved (events never see a half-updated set). */
@Component
public class ActiveRules {

    private final MomentsRepository repository;
    private final AtomicReference<List<Loaded>> rules = new AtomicReference<>(List.of());

    ActiveRules(MomentsRepository repository) {
        this.repository = repository;
    }

    /** A rule in use, with the version that raised an alert. */
    public record Loaded(MomentRule rule, int version) {
    }

    public List<Loaded> all() {
        return rules.get();
    }

    public List<MomentRule> rules() {
        return rules.get().stream().map(Loaded::rule).toList();
    }

    public int version(String key) {
        return rules.get().stream().filter(l -> l.rule().key().equals(key)).mapToInt(Loaded::version).findFirst()
                .orElseThrow();
    }

    public MomentRule rule(String key) {
        return rules.get().stream().map(Loaded::rule).filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }

    public void reload() {
        List<StoredRule> stored = repository.activeRules();
        rules.set(stored.stream().map(s -> new Loaded(s.rule(), s.version())).toList());
    }
}
