package org.reachable.identity.internal;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.reachable.access.PersonDirectory;
import org.springframework.stereotype.Component;

/** Lets the access module show children's names without depending on identity. */
@Component
class RegisterDirectory implements PersonDirectory {

    private final IdentityRepository repository;

    RegisterDirectory(IdentityRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<UUID, String> names(Collection<UUID> personIds) {
        return repository.names(personIds);
    }
}
