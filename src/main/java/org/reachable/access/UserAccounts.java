package org.reachable.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reachable.access.internal.AccessRepository;
import org.reachable.agencies.Organisations;
import org.reachable.platform.validation.Checks;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** People who can sign in. Administrators manage these; they never see case content. */
@Service
public class UserAccounts {

    static final int MIN_PASSWORD = 12;

    private final AccessRepository repository;
    private final PasswordEncoder passwords;
    private final Organisations organisations;
    private final ChildRecordAccess access;
    private final Audit audit;

    UserAccounts(AccessRepository repository, PasswordEncoder passwords, Organisations organisations,
                 ChildRecordAccess access, Audit audit) {
        this.repository = repository;
        this.passwords = passwords;
        this.organisations = organisations;
        this.access = access;
        this.audit = audit;
    }

    /** An administrator creates an account from form input; every problem is reported and nothing is written. */
    public UUID createChecked(String username, String displayName, String role, String organisation,
                              String password) {
        access.requireCapability(Capability.MANAGE_USERS, AuditAction.ADMINISTER, "users");
        Checks checks = new Checks();
        String name = checks.text("username", username, 40, "Enter a username");
        if (name != null && !name.matches("[a-z0-9._-]{3,40}")) {
            checks.problem("username", username, "Use 3 to 40 lower-case letters, digits, '.', '_' or '-'");
        } else if (name != null && repository.findUserByUsername(name).isPresent()) {
            checks.problem("username", username, "That username is already taken");
        }
        String display = checks.text("displayName", displayName, 100, "Enter the person's name");
        Role chosen = checks.code("role", role, code -> java.util.Arrays.stream(Role.values())
                .filter(r -> r.name().equals(code) && r != Role.AGENCY_SYSTEM).findFirst(), "one of the listed roles");
        UUID organisationId = null;
        try {
            organisationId = organisation == null || organisation.isBlank() ? null : UUID.fromString(organisation);
        } catch (IllegalArgumentException e) {
            checks.problem("organisation", organisation, "Choose an organisation from the list");
        }
        checks.require(organisationId != null && organisations.find(organisationId).isPresent(), "organisation",
                organisation, "Choose an organisation from the list");
        checks.require(password != null && password.length() >= MIN_PASSWORD && password.length() <= 128,
                "password", null, "Enter a password of " + MIN_PASSWORD + " to 128 characters");
        checks.throwIfAny();
        UUID id = UUID.randomUUID();
        audit.allowed(AuditAction.ADMINISTER, null, "users/" + name, "Created account with role " + chosen.name(),
                LegalBasis.ADMINISTRATION);
        create(List.of(new NewAccount(id, name, display, chosen, organisationId, null, password)));
        return id;
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

    /** Every account, for an administrator: staff details are personal data too, so the read is audited. */
    public List<UserAccount> all() {
        access.requireCapability(Capability.MANAGE_USERS, AuditAction.ADMINISTER, "users");
        audit.allowed(AuditAction.ADMINISTER, null, "users", "Listed user accounts", LegalBasis.ADMINISTRATION);
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
