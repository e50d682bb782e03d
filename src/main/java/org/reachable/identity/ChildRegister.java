package org.reachable.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.LegalBasis;
import org.reachable.identity.internal.IdentityRepository;
import org.reachable.platform.validation.Checks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public face of identity: register a child, find one, search, and load a register in bulk. */
@Service
public class ChildRegister {

    static final int MAX_AGE = 24;
    static final int MAX_NAME = 100;
    static final int SEARCH_LIMIT = 25;

    private final IdentityRepository repository;
    private final ChildRecordAccess access;
    private final Audit audit;
    private final Clock clock;

    ChildRegister(IdentityRepository repository, ChildRecordAccess access, Audit audit, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The child's record, for modules that have already checked and audited access to it. */
    public Optional<ChildRecord> find(UUID id) {
        return repository.find(id);
    }

    /** Date of birth and current postcode of each child found, for automated rules (no audit: shown to nobody). */
    public Map<UUID, AgeAndPostcode> agesAndPostcodes(Collection<UUID> ids) {
        return repository.agesAndPostcodes(ids);
    }

    /** Every child's ethnicity, sex and date of birth, for disproportionality monitoring (no names, no audit). */
    public List<Demographics> demographics() {
        return repository.demographics();
    }

    /**
     * Ethnicity, sex and date of birth of these children (absent: not registered), in one query; for monitoring only,
     * like {@link #demographics()}.
     */
    public Map<UUID, Demographics> demographicsOf(Collection<UUID> ids) {
        return repository.demographicsOf(ids);
    }

    /** Display names of many children at once (no audit: callers show them only inside audited pages). */
    public Map<UUID, String> names(Collection<UUID> ids) {
        return repository.names(ids);
    }

    public Optional<UUID> findByIdentifier(IdentifierScheme scheme, String value) {
        return scheme.normalise(value).flatMap(v -> repository.findByIdentifier(scheme, v));
    }

    /** The child with this identifier of any scheme (NHS number, UPN or an agency reference), if there is one. */
    public Optional<UUID> findByAnyIdentifier(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        for (IdentifierScheme scheme : IdentifierScheme.values()) {
            Optional<UUID> found = findByIdentifier(scheme, value);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Searches the register; needs a role that may search and is audited with what was searched for. */
    public List<ChildSummary> search(ChildSearch search) {
        access.requireCapability(Capability.SEARCH_CHILDREN, AuditAction.SEARCH, "children search");
        Checks checks = new Checks();
        String name = checks.optionalText("name", search.name(), MAX_NAME);
        String identifier = checks.optionalText("identifier", search.identifier(), 40);
        checks.require(name != null || identifier != null || search.dateOfBirth() != null, "name", search.name(),
                "Enter a name, a date of birth or an identifier");
        checks.require(name == null || name.length() >= 2, "name", name, "Enter at least 2 letters of a name");
        checks.throwIfAny();
        audit.allowed(AuditAction.SEARCH, null, "children search",
                "Searched for " + describe(name, search.dateOfBirth(), identifier), LegalBasis.SAFEGUARDING);
        return repository.search(name, search.dateOfBirth(), identifier == null ? null : normaliseAny(identifier),
                SEARCH_LIMIT);
    }

    /** Validates and registers one child. Writes nothing if any field is wrong. */
    @Transactional
    public UUID register(NewChild child) {
        access.requireCapability(Capability.RECORD_EVENT, AuditAction.WRITE, "children");
        ChildRecord record = validate(child, UUID.randomUUID());
        List<String> clashes = new ArrayList<>();
        for (Identifier identifier : record.identifiers()) {
            repository.findByIdentifier(identifier.scheme(), identifier.value())
                    .ifPresent(existing -> clashes.add(identifier.scheme().name()));
        }
        if (!clashes.isEmpty()) {
            Checks checks = new Checks();
            clashes.forEach(scheme -> checks.problem(scheme.equals("NHS") ? "nhsNumber" : "upn",
                    record.identifier(IdentifierScheme.valueOf(scheme)).orElse(""),
                    "Another child in the register already has this " + IdentifierScheme.valueOf(scheme).label()
                            + "; search for them instead"));
            checks.throwIfAny();
        }
        audit.allowed(AuditAction.WRITE, record.id(), "child/" + record.id(), "Registered a child",
                LegalBasis.SAFEGUARDING);
        repository.insertAll(List.of(record));
        return record.id();
    }

    /** Loads many records at once (the synthetic borough, migrations). Trusted input: not validated again. */
    @Transactional
    public void loadAll(Collection<ChildRecord> records) {
        repository.insertAll(records);
    }

    public long count() {
        return repository.count();
    }

    ChildRecord validate(NewChild c, UUID id) {
        LocalDate today = LocalDate.now(clock);
        Checks checks = new Checks();
        String given = checks.text("givenNames", c.givenNames(), MAX_NAME, "Enter the child's given name");
        String family = checks.text("familyName", c.familyName(), MAX_NAME, "Enter the child's family name");
        LocalDate dob = checks.pastDate("dateOfBirth", c.dateOfBirth(), today, "Enter the child's date of birth");
        if (dob != null && Period.between(dob, today).getYears() > MAX_AGE) {
            checks.problem("dateOfBirth", c.dateOfBirth(), "Reachable is for children and young people aged 0 to "
                    + MAX_AGE + "; this date of birth makes them older");
            dob = null;
        }
        Sex sex = checks.code("sex", c.sex(), Sex::fromCode, "F, M, X (indeterminate), U (not known)");
        Ethnicity ethnicity = c.ethnicity() == null || c.ethnicity().isBlank() ? Ethnicity.NOBT
                : checks.code("ethnicity", c.ethnicity(), Ethnicity::fromDfeCode, Ethnicity.allowedCodes());
        List<Identifier> identifiers = new ArrayList<>();
        Optional.ofNullable(IdentifierScheme.NHS.check(checks, "nhsNumber", c.nhsNumber()))
                .ifPresent(v -> identifiers.add(new Identifier(IdentifierScheme.NHS, v, null)));
        Optional.ofNullable(IdentifierScheme.UPN.check(checks, "upn", c.upn()))
                .ifPresent(v -> identifiers.add(new Identifier(IdentifierScheme.UPN, v, null)));
        List<Address> addresses = new ArrayList<>();
        // Checked after normalising, so "EC1A  1BB" (stray spaces) is accepted as EC1A 1BB.
        String postcode = checks.optionalText("postcode", c.postcode(), 20);
        if (postcode != null) {
            String normalised = Postcodes.normalise(postcode).orElse(null);
            checks.require(normalised != null, "postcode", postcode, "Enter a real UK postcode, like E17 4JF");
            String line1 = checks.text("addressLine1", c.addressLine1(), 200, "Enter the first line of the address");
            String town = checks.optionalText("town", c.town(), 100);
            if (normalised != null && line1 != null) {
                addresses.add(new Address(line1, town == null ? "" : town, normalised, null, today, null));
            }
        }
        checks.throwIfAny();
        return new ChildRecord(id, dob, sex, ethnicity,
                List.of(new PersonName(PersonName.Kind.CURRENT, given, family, null, null)), identifiers, addresses,
                List.of());
    }

    private static String normaliseAny(String identifier) {
        return NhsNumber.parse(identifier).or(() -> UniquePupilNumber.parse(identifier))
                .orElse(identifier.strip().toUpperCase());
    }

    private static String describe(String name, LocalDate dob, String identifier) {
        List<String> parts = new ArrayList<>();
        if (name != null) {
            parts.add("name");
        }
        if (dob != null) {
            parts.add("date of birth");
        }
        if (identifier != null) {
            parts.add("identifier");
        }
        return String.join(", ", parts);
    }

}
