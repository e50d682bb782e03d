package org.reachable.context;

/**
 * A link as a person types it. Exactly one of {@code fromChild} (an NHS number, UPN or Reachable id) and
 * {@code fromContext}, and one of {@code toChild} and {@code toContext}. {@code withinContext} says which context a
 * peer link between two children belongs to. Dates are yyyy-mm-dd; {@code protective} is "true" or "false" (blank:
 * what the relation itself implies).
 */
public record NewLink(String fromChild, String fromContext, String toChild, String toContext, String withinContext,
                      String relation, String protective, String strength, String source, String statedBy,
                      String statedOn, String reviewBy) {
}
