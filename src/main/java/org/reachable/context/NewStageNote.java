package org.reachable.context;

/**
 * Moving a context to a stage with what was found: for an assessment of a peer group, its dynamics, influence and the
 * places it uses; for a place, the location assessment in {@code note}.
 */
public record NewStageNote(String stage, String note, String dynamics, String influence, String placesUsed) {
}
