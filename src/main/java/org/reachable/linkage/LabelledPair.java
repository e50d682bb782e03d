package org.reachable.linkage;

/**
 * Two records a person has decided about: the same person ({@code same}) or different people. Training takes such
 * decisions as pairs whose answer is known rather than guessed (see {@link Linkage#train(java.util.List,
 * LinkageSettings, java.util.List)}).
 */
public record LabelledPair(String firstId, String secondId, boolean same) {
}
