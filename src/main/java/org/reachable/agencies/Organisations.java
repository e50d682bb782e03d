package org.reachable.agencies;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public face of the agencies module: look up organisations and practitioners, and register them.
 * Organisations change rarely and are read on every chronology, so they are cached in memory.
 */
@Service
public class Organisations {

    private final AgenciesRepository repository;
    private final Map<UUID, Organisation> cache = new ConcurrentHashMap<>();

    Organisations(AgenciesRepository repository) {
        this.repository = repository;
    }

    public Optional<Organisation> find(UUID id) {
        Organisation cached = cache.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Organisation> found = repository.findOrganisation(id);
        found.ifPresent(o -> cache.put(o.id(), o));
        return found;
    }

    public Optional<Organisation> findByCode(String code) {
        return repository.findOrganisationByCode(code);
    }

    /** Name of each organisation asked for; unknown ids are simply absent. */
    public Map<UUID, Organisation> findAll(Collection<UUID> ids) {
        return ids.stream().distinct().map(this::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
    }

    public List<Organisation> all() {
        return repository.allOrganisations();
    }

    public Optional<Practitioner> practitioner(UUID id) {
        return repository.findPractitioner(id);
    }

    @Transactional
    public void register(Collection<Organisation> organisations, Collection<Practitioner> practitioners) {
        repository.insertOrganisations(organisations);
        repository.insertPractitioners(practitioners);
        cache.clear();
    }

    public long countOrganisations() {
        return repository.countOrganisations();
    }
}
