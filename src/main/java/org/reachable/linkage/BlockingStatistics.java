package org.reachable.linkage;

import java.util.List;

/**
 * What blocking did: pairs compared out of all possible, and per rule the blocks, new pairs it added to the union and
 * what was left out because a block was larger than the cap.
 */
public record BlockingStatistics(long possiblePairs, long candidatePairs, List<Rule> rules) {

    /** One blocking rule's share. {@code pairsAdded} excludes pairs an earlier rule had already found. */
    public record Rule(String name, long blocks, int largestBlock, long pairsAdded, long cappedBlocks,
                       long cappedRecords, long pairsSkipped) {
    }

    /** The share of possible pairs that blocking spared from comparison. */
    public double reductionRatio() {
        return possiblePairs == 0 ? 0 : 1.0 - (double) candidatePairs / possiblePairs;
    }

    public long cappedBlocks() {
        return rules.stream().mapToLong(Rule::cappedBlocks).sum();
    }
}
