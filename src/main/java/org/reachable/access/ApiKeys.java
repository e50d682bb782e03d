package org.reachable.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.reachable.access.internal.ApiKeyRepository;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.Organisations;
import org.reachable.platform.validation.Checks;
import org.reachable.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Per-organisation API keys for agencies' systems. A key is 32 random bytes; only its SHA-256 is stored (a slow
 * password hash adds nothing for a key that cannot be guessed, and would cost every request). The key is shown once,
 * when issued. A request with a key acts as that organisation's system and can only send events.
 */
@Service
public class ApiKeys {

    static final String KEY_PREFIX = "rk_";
    private static final Duration CACHE_FOR = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeyRepository repository;
    private final Organisations organisations;
    private final ChildRecordAccess access;
    private final Audit audit;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    ApiKeys(ApiKeyRepository repository, Organisations organisations, ChildRecordAccess access, Audit audit,
            Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** A key just issued: {@code key} is the only time the secret is available. */
    public record IssuedKey(ApiKey apiKey, String key) {
    }

    /** An administrator issues a key for an organisation's system. */
    public IssuedKey issue(String organisation, String name) {
        CurrentUser admin = requireAdmin("api-keys");
        Checks checks = new Checks();
        UUID organisationId = organisationId(organisation, checks);
        String label = checks.text("name", name, 100, "Enter a name for the key, like the system that will use it");
        checks.throwIfAny();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiKey apiKey = new ApiKey(UUID.randomUUID(), organisationId, label, key.substring(0, 10) + "…",
                clock.instant(), null);
        audit.allowed(AuditAction.ADMINISTER, null, "api-keys/" + apiKey.id(),
                "Issued API key '" + label + "' for organisation " + organisationId, LegalBasis.ADMINISTRATION);
        repository.insert(apiKey, hash(key), admin.id());
        return new IssuedKey(apiKey, key);
    }

    public List<ApiKey> all() {
        requireAdmin("api-keys");
        audit.allowed(AuditAction.ADMINISTER, null, "api-keys", "Listed API keys", LegalBasis.ADMINISTRATION);
        return repository.all();
    }

    public void revoke(UUID id) {
        CurrentUser admin = requireAdmin("api-keys/" + id);
        ApiKey key = repository.find(id).orElseThrow(() -> new NotFoundException("No API key with that id"));
        audit.allowed(AuditAction.ADMINISTER, null, "api-keys/" + id, "Revoked API key '" + key.name() + "'",
                LegalBasis.ADMINISTRATION);
        repository.revoke(id, admin.id(), clock.instant());
        cache.clear();
    }

    /**
     * The organisation's system a presented key stands for, if the key is known and not revoked. Looked up by hash;
     * remembered for a few seconds so a busy feed does not cost a query per event (revoking clears the memory).
     */
    public Optional<CurrentUser> authenticate(String presented) {
        if (presented == null || !presented.startsWith(KEY_PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(presented);
        Instant now = clock.instant();
        Cached cached = cache.get(hash);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.system();
        }
        Optional<CurrentUser> system = repository.activeByHash(hash).map(this::systemUser);
        cache.put(hash, new Cached(system, now.plus(CACHE_FOR)));
        return system;
    }

    private CurrentUser systemUser(ApiKey key) {
        Organisation organisation = organisations.find(key.organisationId()).orElse(null);
        String code = organisation == null ? key.organisationId().toString() : organisation.code();
        String name = organisation == null ? code : organisation.name();
        return new CurrentUser(key.id(), "system:" + code, name + " system (" + key.name() + ")",
                Role.AGENCY_SYSTEM, key.organisationId(), null);
    }

    private CurrentUser requireAdmin(String resource) {
        access.requireCapability(Capability.MANAGE_API_KEYS, AuditAction.ADMINISTER, resource);
        return CurrentUsers.require();
    }

    private UUID organisationId(String organisation, Checks checks) {
        try {
            UUID id = organisation == null || organisation.isBlank() ? null : UUID.fromString(organisation.strip());
            if (id != null && organisations.find(id).isPresent()) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // Reported below, with the value given.
        }
        checks.problem("organisation", organisation, "Choose an organisation from the list");
        return null;
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private record Cached(Optional<CurrentUser> system, Instant until) {
    }
}
