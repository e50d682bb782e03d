package org.reachable.linkage;

/**
 * Two records for a person to decide on: probability between the thresholds, or an automatic link the clustering
 * refused because it would have put a contradiction into one person ({@code refusedLink}).
 */
public record ReviewPair(String firstId, String secondId, double probability, boolean refusedLink) {
}
