package org.reachable.chronology;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.reachable.access.CurrentUsers;
import org.reachable.chronology.internal.MergeRepository;
import org.reachable.identity.PeopleMerged;
import org.reachable.identity.PeopleUnmerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Keeps the chronology in step with identity's merges. Listens in the merging transaction (not after it), so a merge
 * and its moved events commit together or not at all. When records are separated, everyone who opened the merged
 * chronology in between is told, on that child's chronology, that some of what they saw belonged to another child.
 */
@Service
public class MergedRecords {

    private final MergeRepository repository;
    private final Clock clock;

    MergedRecords(MergeRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public record UnmergeNotice(Instant mergedAt, Instant unmergedAt, int eventsMoved) {
    }

    @EventListener
    void on(PeopleMerged merged) {
        repository.moveForMerge(merged.mergeId(), merged.mergedId(), merged.survivorId());
    }

    @EventListener
    void on(PeopleUnmerged unmerged) {
        int moved = repository.moveBack(unmerged.mergeId());
        for (UUID viewer : repository.viewersSince(unmerged.survivorId(), unmerged.mergedAt())) {
            repository.notice(viewer, unmerged.survivorId(), unmerged.mergedId(), unmerged.mergedAt(),
                    unmerged.unmergedAt(), moved);
        }
    }

    /** The events a merge moved onto the surviving child (they stay recorded after an unmerge moves them back). */
    public List<UUID> eventsMovedBy(UUID mergeId) {
        return repository.movedBy(mergeId);
    }

    /** Notices for the signed-in person about this child that they have not seen; showing them marks them seen. */
    public List<UnmergeNotice> takeNotices(UUID personId) {
        List<MergeRepository.Notice> notices = repository.unseen(CurrentUsers.require().id(), personId);
        repository.seen(notices.stream().map(MergeRepository.Notice::id).toList(), clock.instant());
        return notices.stream().map(n -> new UnmergeNotice(n.mergedAt(), n.unmergedAt(), n.eventsMoved())).toList();
    }
}
