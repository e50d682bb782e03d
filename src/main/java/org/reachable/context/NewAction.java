package org.reachable.context;

/** An action for the context's plan: which agency (any, including transport, licensing, businesses), who, what, by when. */
public record NewAction(String agency, String owner, String description, String dueOn) {
}
