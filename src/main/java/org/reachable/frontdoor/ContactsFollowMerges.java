package org.reachable.frontdoor;

import java.util.UUID;
import org.reachable.access.Relationships;
import org.reachable.frontdoor.internal.ContactMergeRepository;
import org.reachable.identity.PeopleMerged;
import org.reachable.identity.PeopleUnmerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the front door in step with identity's merges, inside the merging transaction (as the chronology does), so
 * a merge and its moved contacts commit together or not at all. A contact about a provisional record that a person
 * then decided was a known child becomes a contact about that child, and the MASH's access goes with it; an unmerge
 * moves exactly those contacts back.
 */
@Component
class ContactsFollowMerges {

    private final ContactMergeRepository repository;
    private final Relationships relationships;

    ContactsFollowMerges(ContactMergeRepository repository, Relationships relationships) {
        this.repository = repository;
        this.relationships = relationships;
    }

    @EventListener
    void on(PeopleMerged merged) {
        move(repository.moveForMerge(merged.mergeId(), merged.mergedId(), merged.survivorId()), merged.survivorId());
    }

    @EventListener
    void on(PeopleUnmerged unmerged) {
        move(repository.moveBack(unmerged.mergeId()), unmerged.mergedId());
    }

    private void move(java.util.List<String> references, UUID to) {
        references.forEach(reference -> relationships.moveFrontDoorCase(reference, to));
    }
}
