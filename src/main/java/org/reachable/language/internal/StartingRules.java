package org.reachable.language.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.reachable.language.LanguageCategory;
import org.reachable.language.LanguageRule;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives a new installation the starting set of rules (from {@code language/starting-rules.json}) the first time it
 * starts. After that the rules belong to the partnership: a later release never overwrites their edits.
 */
@Component
class StartingRules implements SmartInitializingSingleton {

    static final String RESOURCE = "language/starting-rules.json";

    private final LanguageRuleRepository repository;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;

    StartingRules(LanguageRuleRepository repository, ObjectMapper json, TransactionTemplate transaction, Clock clock) {
        this.repository = repository;
        this.json = json;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            if (repository.isEmpty()) {
                read().forEach(r -> repository.save(new LanguageRule(r.code(), r.category(), r.phrase(), r.pattern(),
                        r.explanation(), r.suggestion(), r.examples(), true, 1, "starting rules", clock.instant())));
            }
        });
    }

    List<StartingRule> read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return List.of(json.readValue(in, StartingRule[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    record StartingRule(String code, LanguageCategory category, String phrase, String pattern, String explanation,
                        String suggestion, List<String> examples) {
    }
}
