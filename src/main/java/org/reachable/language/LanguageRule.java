package org.reachable.language;

import java.time.Instant;
import java.util.List;

/**
 * One rule of the language check: what it looks for ({@code pattern}, see {@link RulePattern}), why it matters and
 * what to say instead. {@code examples} are sentences the pattern must flag; a change that stops flagging one of them
 * is refused, so an edit cannot quietly switch a rule off. Every change makes a new version.
 */
public record LanguageRule(String code, LanguageCategory category, String phrase, String pattern, String explanation,
                           String suggestion, List<String> examples, boolean enabled, int version, String changedBy,
                           Instant changedAt) {

    public LanguageRule {
        examples = examples == null ? List.of() : List.copyOf(examples);
    }
}
