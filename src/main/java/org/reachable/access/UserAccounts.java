package org.reachable.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reachable.access.internal.AccessRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** People who can sign in. Administrators manage these; they never see case content. */
@Service
public class UserAccounts {

    private final AccessRepository repository;
    private final PasswordEncoder passwords;

    UserAccounts(AccessRepository repository, PasswordEncoder passwords) {
        this.repository = repository;
        this.passwords = passwords;
    }

    /** Creates accounts; {@code password} null means the account cannot sign in until one is set. */
    public void create(Collection<NewAccount> accounts) {
        repository.insertUsers(accounts.stream().map(a -> new AccessRepository.UserRow(a.id(), a.username(),
                a.displayName(), a.role(), a.organisationId(), a.practitionerId(),
                a.password() == null ? null : passwords.encode(a.password()), true)).toList());
    }

    public Optional<CurrentUser> find(UUID id) {
        return repository.findUser(id);
    }

    public Optional<CurrentUser> findByUsername(String username) {
        return repository.findUserByUsername(username);
    }

    public List<UserAccount> all() {
        return repository.allUsers();
    }

    public long count() {
        return repository.countUsers();
    }

    public record NewAccount(UUID id, String username, String displayName, Role role, UUID organisationId,
                             UUID practitionerId, String password) {
    }

    public record UserAccount(UUID id, String username, String displayName, Role role, UUID organisationId,
                              boolean enabled, boolean canSignIn) {
    }
}
