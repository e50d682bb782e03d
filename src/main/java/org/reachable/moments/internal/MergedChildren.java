package org.reachable.moments.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.chronology.MergedRecords;
import org.reachable.identity.PeopleMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A merge puts two records' events on one chronology, which can complete a pattern neither record showed alone: one
 * missing episode known to the police on a provisional record, another on the known child. The moved events did not
 * arrive through the events API, so nothing judged them against the surviving child's history; this does, after the
 * merge commits, counting them as arriving on the survivor (the usual lookback applies, and patterns found before are
 * not raised again). Nothing new can be found by an unmerge: it only moves those events back.
 */
@Component
class MergedChildren {

    private final MergedRecords merges;
    private final Evaluator evaluator;

    MergedChildren(MergedRecords merges, Evaluator evaluator) {
        this.merges = merges;
        this.evaluator = evaluator;
    }

    @ApplicationModuleListener
    void on(PeopleMerged merged) {
        List<UUID> moved = merges.eventsMovedBy(merged.mergeId());
        if (!moved.isEmpty()) {
            evaluator.onArrival(Map.of(merged.survivorId(), new HashSet<>(moved)));
        }
    }
}
