package org.reachable.linkage;

/**
 * One field's contribution to a compared pair: the field ("surname"), what was found ("differs by one letter"), its
 * match weight in bits (log2 of the likelihood ratio; positive is for, negative against) and the whole in words
 * ("surname differs by one letter: moderate evidence for").
 */
public record FieldEvidence(String field, String finding, double weight, String words) {
}
