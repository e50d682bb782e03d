package org.reachable.chronology;

import java.util.Collection;
import org.reachable.chronology.internal.ChronologyRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bulk access to the chronology for trusted loaders (the synthetic borough); see RecordEvent for people. */
@Service
public class Chronology {

    private final ChronologyRepository repository;

    Chronology(ChronologyRepository repository) {
        this.repository = repository;
    }

    /** Loads events already validated by their producer, in one COPY. */
    @Transactional
    public void loadAll(Collection<ChronologyEvent> events) {
        repository.insertAll(events);
    }

    public long count() {
        return repository.countAll();
    }
}
