package org.reachable.language;

/**
 * A new or edited rule as typed into the form or sent to the API: text fields, so a wrong value can be reported back
 * as given. {@code examples} has one sentence per line. {@code expectedVersion} is the version being edited (null for a
 * new rule), so two people editing the same rule cannot overwrite each other unseen.
 */
public record RuleChange(String code, String category, String phrase, String pattern, String explanation,
                         String suggestion, String examples, boolean enabled, Integer expectedVersion) {
}
