package org.reachable.language;

/**
 * A phrase found in a text: where it is (character offsets, end exclusive), the words found, and the rule's reason and
 * suggestion.
 */
public record LanguageFinding(int start, int end, String found, String ruleCode, LanguageCategory category,
                              String phrase, String explanation, String suggestion) {
}
