package org.reachable.bench.linkage;

import java.util.List;

/**
 * One configured linkage system. {@link #score} does all the work that does not depend on the match threshold
 * (indexing or blocking, comparing); {@link #cluster} turns the scores into clusters at one threshold, so a
 * threshold sweep on a tuning set costs one scoring run. A timed run is {@code cluster(score(d), t)}.
 *
 * @param <S> the system's own scored output
 */
interface Linker<S> {

    /** Short name of the system and configuration, e.g. {@code duke} or {@code jedai[c3-tfidf-cos,cnp]}. */
    String name();

    String system();

    /** The thresholds tried when tuning, in the system's own score scale. */
    List<Double> thresholds();

    S score(Dataset dataset) throws Exception;

    Clustering cluster(Dataset dataset, S scored, double threshold);

    /** Candidate pairs compared, for the report. */
    long comparisons(S scored);
}
