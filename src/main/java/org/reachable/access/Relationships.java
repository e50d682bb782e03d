package org.reachable.access;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.reachable.access.internal.AccessRepository;
import org.springframework.stereotype.Service;

/** The standing relationships that open a child's record: lead practitioner and team around the child. */
@Service
public class Relationships {

    private final AccessRepository repository;

    Relationships(AccessRepository repository) {
        this.repository = repository;
    }

    public void grant(UUID personId, UUID userId, boolean lead, String description, LocalDate since) {
        repository.insertRelationships(List.of(new Grant(personId, userId, lead, description, since)));
    }

    public void grantAll(Collection<Grant> grants) {
        repository.insertRelationships(grants);
    }

    /** Opens the record to MASH practitioners while the front-door case {@code reference} is open. */
    public void openFrontDoorCase(UUID personId, String reference, java.time.Instant openedAt) {
        repository.openFrontDoorCase(personId, reference, openedAt);
    }

    /** Opens the record of each child to MASH practitioners while its front-door case is open; one batch. */
    public void openFrontDoorCases(List<FrontDoorCase> cases) {
        repository.openFrontDoorCases(cases);
    }

    /** A front-door case about to open: the child, the contact's reference and when it opened. */
    public record FrontDoorCase(UUID personId, String reference, java.time.Instant openedAt) {
    }

    /** The front-door case (open or closed) now concerns another record: identity merged or unmerged the child. */
    public void moveFrontDoorCase(String reference, UUID personId) {
        repository.moveFrontDoorCase(reference, personId);
    }

    public void closeFrontDoorCase(String reference, java.time.Instant closedAt) {
        repository.closeFrontDoorCase(reference, closedAt);
    }

    /** Lead practitioner first, then the team around the child. */
    public List<TeamMember> teamAround(UUID personId) {
        return repository.teamAround(personId);
    }

    /** A relationship to create: {@code lead} marks the lead practitioner. */
    public record Grant(UUID personId, UUID userId, boolean lead, String description, LocalDate since) {
    }
}
