package org.reachable.language;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A rule's pattern: a Java regular expression, matched case-insensitively at word boundaries, with a few shorthands so
 * the partnership's rules stay readable. {@code {self}} is any reflexive pronoun (himself, herself, themselves,
 * themself, myself, yourself, ourselves); {@code {pronoun}} is he, she or they; {@code {possessive}} is his, her or
 * their; {@code {be}} is a form of "to be".
 */
public final class RulePattern {

    static final Map<String, String> SHORTHANDS = Map.of(
            "{self}", "(?:him|her|them|my|your|our)sel(?:f|ves)|themself",
            "{pronoun}", "he|she|they",
            "{possessive}", "his|her|their",
            "{be}", "is|are|was|were|been|being|be");

    private RulePattern() {
    }

    /** The compiled pattern, or empty with the reason when it is not a valid regular expression. */
    public static Compiled compile(String pattern) {
        String expanded = pattern;
        for (Map.Entry<String, String> shorthand : SHORTHANDS.entrySet()) {
            expanded = expanded.replace(shorthand.getKey(), "(?:" + shorthand.getValue() + ")");
        }
        try {
            return new Compiled(Optional.of(Pattern.compile("\\b(?:" + expanded + ")\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)), null);
        } catch (PatternSyntaxException e) {
            return new Compiled(Optional.empty(), e.getDescription() + " near character " + e.getIndex());
        }
    }

    public record Compiled(Optional<Pattern> pattern, String problem) {
    }
}
