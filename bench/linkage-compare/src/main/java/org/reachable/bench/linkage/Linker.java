package org.reachable.bench.linkage;

import java.util.List;

/**
 * One configured linkage system. {@link #score} does all the work that does not depend on the match threshold
 * (indexing or blocking, comparing); {@link #cluster} turns the scores into clusters with one setting (method, threshold), so a
 * threshold sweep on a tuning set costs one scoring run. A timed run is {@code cluster(score(d), setting)}.
 *
 * @param <S> the system's own scored output
 */
interface Linker<S> {

    /** Short name of the system and configuration, e.g. {@code duke} or {@code jedai[c3-tfidf-cos,cnp]}. */
    String name();

    String system();

    /** The clustering methods and thresholds (in the system's own score scale) tried when tuning. */
    List<Setting> settings(Dataset dataset);

    /**
     * The setting to use on a task, given the one tuned on its tuning set: the same, except where the task's mode
     * differs from the tuning set's and the system has a clustering method for that mode.
     */
    default Setting forTask(Setting tuned, Dataset task) {
        return tuned;
    }

    S score(Dataset dataset) throws Exception;

    Clustering cluster(Dataset dataset, S scored, Setting setting);

    /** Candidate pairs compared, for the report. */
    long comparisons(S scored);
}
