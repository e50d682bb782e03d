package org.reachable.linkage;

import java.util.List;

/**
 * What blocking did: pairs compared out of all possible, and per rule the blocks, new pairs it added to the union,
 * how many large blocks were compared by sub-blocks only (refined), and what was left out because a block (or
 * sub-block) was larger than the cap.
 */
public record BlockingStatistics(long possiblePairs, long candidatePairs, List<Rule> rules) {

    /**
     * One blocking rule's share. {@code pairsAdded} excludes pairs an earlier rule had already found;
     * {@code refinedBlocks} were too large to compare whole, so only their records sharing a sub-key were compared.
     */
    public record Rule(String name, long blocks, int largestBlock, long pairsAdded, long cappedBlocks,
                       long cappedRecords, long pairsSkipped, long refinedBlocks) {

        /** A rule's share without refined blocks. */
        public Rule(String name, long blocks, int largestBlock, long pairsAdded, long cappedBlocks,
                    long cappedRecords, long pairsSkipped) {
            this(name, blocks, largestBlock, pairsAdded, cappedBlocks, cappedRecords, pairsSkipped, 0);
        }
    }

    /** The share of possible pairs that blocking spared from comparison. */
    public double reductionRatio() {
        return possiblePairs == 0 ? 0 : 1.0 - (double) candidatePairs / possiblePairs;
    }

    public long cappedBlocks() {
        return rules.stream().mapToLong(Rule::cappedBlocks).sum();
    }

    public long refinedBlocks() {
        return rules.stream().mapToLong(Rule::refinedBlocks).sum();
    }
}
