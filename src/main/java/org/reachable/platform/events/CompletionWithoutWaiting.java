package org.reachable.platform.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reachable.platform.database.TransactionSettings;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring Modulith's publication log, except that marking a publication completed (deleting it) commits without
 * waiting for the disk. Spring Modulith completes each listener call in a transaction of its own, after the
 * listener's: waiting for a flush there cost a commit per listener per accepted batch, two of the six flushes of each
 * events-API batch. A crash that loses the completion only delivers the publication again, and listeners are safe to
 * repeat; see {@link TransactionSettings#redoableWork} for why the order of the log makes this safe.
 */
final class CompletionWithoutWaiting implements EventPublicationRepository {

    private final EventPublicationRepository log;
    private final TransactionSettings settings;

    CompletionWithoutWaiting(EventPublicationRepository log, TransactionSettings settings) {
        this.log = log;
        this.settings = settings;
    }

    @Override
    public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
        withoutWaiting();
        log.markCompleted(event, identifier, completionDate);
    }

    @Override
    public void markCompleted(UUID identifier, Instant completionDate) {
        withoutWaiting();
        log.markCompleted(identifier, completionDate);
    }

    private void withoutWaiting() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            settings.commitWithoutWaiting();
        }
    }

    @Override
    public TargetEventPublication create(TargetEventPublication publication) {
        return log.create(publication);
    }

    @Override
    public List<TargetEventPublication> findIncompletePublications() {
        return log.findIncompletePublications();
    }

    @Override
    public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
        return log.findIncompletePublicationsPublishedBefore(instant);
    }

    @Override
    public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
            PublicationTargetIdentifier targetIdentifier) {
        return log.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
    }

    @Override
    public List<TargetEventPublication> findCompletedPublications() {
        return log.findCompletedPublications();
    }

    @Override
    public void deletePublications(List<UUID> identifiers) {
        log.deletePublications(identifiers);
    }

    @Override
    public void deleteCompletedPublications() {
        log.deleteCompletedPublications();
    }

    @Override
    public void deleteCompletedPublicationsBefore(Instant instant) {
        log.deleteCompletedPublicationsBefore(instant);
    }
}
