/**
 * Probabilistic record linkage (Fellegi-Sunter): decides which agency records are the same person. A pure in-memory
 * engine with no tables: train a model on a set of records ({@link org.reachable.linkage.Linkage}), deduplicate or
 * link sets in batch, or keep a {@link org.reachable.linkage.LinkageIndex} and score each incoming record against it.
 * Every decision comes with each field's evidence in words. Check digits of identifiers come in through
 * {@link org.reachable.linkage.IdentifierCheck}, which the identity module implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Record linkage", allowedDependencies = {"platform"})
package org.reachable.linkage;
