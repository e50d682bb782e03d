package org.reachable.moments.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.reachable.moments.StoredRule;
import org.reachable.moments.rules.MomentRule;
import org.reachable.moments.rules.RuleParser;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives a new installation the starting rule set (from {@code moments/starting-rules.json}) the first time it starts,
 * active from the start. After that the rules belong to the partnership: a later release never overwrites them.
 */
@Component
class StartingMomentRules implements SmartInitializingSingleton {

    static final String RESOURCE = "moments/starting-rules.json";

    private final MomentsRepository repository;
    private final ActiveRules active;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;

    StartingMomentRules(MomentsRepository repository, ActiveRules active, ObjectMapper json,
                        TransactionTemplate transaction, Clock clock) {
        this.repository = repository;
        this.active = active;
        this.json = json;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            if (!repository.hasRules()) {
                for (String definition : definitions()) {
                    MomentRule rule = RuleParser.parse(definition);
                    repository.insertRule(new StoredRule(rule.key(), 1, definition, StoredRule.Status.ACTIVE,
                            "Starting rule set", null, clock.instant(), null, clock.instant(), null));
                }
            }
        });
        active.reload();
    }

    /** Each starting rule's JSON definition, as text (the form the partnership edits). */
    List<String> definitions() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            List<String> definitions = new ArrayList<>();
            for (JsonNode rule : json.readTree(in)) {
                definitions.add(json.writerWithDefaultPrettyPrinter().writeValueAsString(rule));
            }
            return definitions;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }
}
