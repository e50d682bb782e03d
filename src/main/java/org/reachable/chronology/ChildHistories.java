package org.reachable.chronology;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.reachable.chronology.internal.HistoryRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Children's event histories for automated evaluation (reachable moments' rules). These reads are made by the system,
 * not by a person, and show nobody anything: what a rule raises is audited when a person opens it.
 */
@Service
public class ChildHistories {

    private final HistoryRepository repository;

    ChildHistories(HistoryRepository repository) {
        this.repository = repository;
    }

    /** Every event about the child, oldest first. */
    public List<HistoryEvent> of(UUID personId) {
        return repository.of(personId);
    }

    /**
     * The histories of these children (each oldest first), in one query: what a batch of arriving events needs, rather
     * than a round trip per child. A child with no events is absent.
     */
    public Map<UUID, List<HistoryEvent>> ofAll(Collection<UUID> personIds) {
        return repository.ofAll(personIds);
    }

    /**
     * Every child's history in one pass, one child at a time (oldest event first), streamed from the database so the
     * whole population never sits in memory.
     */
    @Transactional(readOnly = true)
    public void forEachChild(Consumer<List<HistoryEvent>> perChild) {
        repository.forEachChild(perChild);
    }

    /** The children with at least one event of these types between {@code from} and {@code to}. */
    public Set<UUID> childrenWithEvents(Set<EventType> types, Instant from, Instant to) {
        return repository.childrenWithEvents(types, from, to);
    }

    public long childrenWithEvents() {
        return repository.childrenWithEvents();
    }
}
