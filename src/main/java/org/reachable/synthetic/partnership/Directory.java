package org.reachable.synthetic.partnership;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.access.UserAccounts.NewAccount;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.OrganisationKind;
import org.reachable.agencies.Practitioner;
import org.reachable.synthetic.place.Lsoa;
import org.reachable.synthetic.place.SchoolSite;
import org.reachable.synthetic.support.Rng;

/**
 * The borough's partnership as the generator sees it: organisations by kind, their practitioners, the accounts to
 * create, the schools near each LSOA and the system each organisation's records come from.
 */
public final class Directory {

    /** Demo logins: username (before any namespace), role and who they are. */
    public record DemoUser(String username, org.reachable.access.Role role, Practitioner practitioner, UUID accountId) {
    }

    private final List<Organisation> organisations;
    private final List<Practitioner> practitioners;
    private final List<NewAccount> accounts;
    private final List<DemoUser> demoUsers;
    private final Map<OrganisationKind, List<Organisation>> byKind = new EnumMap<>(OrganisationKind.class);
    private final Map<UUID, List<Practitioner>> staff = new HashMap<>();
    private final Map<UUID, UUID> accountOfPractitioner = new HashMap<>();
    private final Map<UUID, String> sourceSystems;
    private final Map<String, List<Organisation>> primariesNear;
    private final Map<String, List<Organisation>> secondariesNear;
    private final Map<String, Organisation> vcs;
    private final Organisation showcaseSchool;
    private final Map<UUID, SchoolSite> secondarySites;

    Directory(List<Organisation> organisations, List<Practitioner> practitioners, List<NewAccount> accounts,
              List<DemoUser> demoUsers, Map<UUID, String> sourceSystems, Map<String, List<Organisation>> primariesNear,
              Map<String, List<Organisation>> secondariesNear, Map<String, Organisation> vcs,
              Organisation showcaseSchool, Map<UUID, SchoolSite> secondarySites) {
        this.organisations = List.copyOf(organisations);
        this.practitioners = List.copyOf(practitioners);
        this.accounts = List.copyOf(accounts);
        this.demoUsers = List.copyOf(demoUsers);
        this.sourceSystems = sourceSystems;
        this.primariesNear = primariesNear;
        this.secondariesNear = secondariesNear;
        this.vcs = vcs;
        this.showcaseSchool = showcaseSchool;
        this.secondarySites = Map.copyOf(secondarySites);
        organisations.forEach(o -> byKind.computeIfAbsent(o.kind(), k -> new java.util.ArrayList<>()).add(o));
        practitioners.forEach(p -> staff.computeIfAbsent(p.organisationId(), k -> new java.util.ArrayList<>()).add(p));
        accounts.forEach(a -> accountOfPractitioner.put(a.practitionerId(), a.id()));
        demoUsers.forEach(d -> accountOfPractitioner.put(d.practitioner().id(), d.accountId()));
    }

    public List<Organisation> organisations() {
        return organisations;
    }

    public List<Practitioner> practitioners() {
        return practitioners;
    }

    public List<NewAccount> accounts() {
        return accounts;
    }

    public List<DemoUser> demoUsers() {
        return demoUsers;
    }

    public DemoUser demoUser(String username) {
        return demoUsers.stream().filter(d -> d.username().equals(username)).findFirst().orElseThrow();
    }

    /** The first (for most kinds, the only) organisation of a kind. */
    public Organisation one(OrganisationKind kind) {
        return byKind.get(kind).getFirst();
    }

    public List<Organisation> all(OrganisationKind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** A voluntary-sector service by its role: youth-hub, mentoring, ed-youth-work, return-interviews, sports. */
    public Organisation vcs(String role) {
        return vcs.get(role);
    }

    public List<Organisation> primariesNear(Lsoa lsoa) {
        return primariesNear.get(lsoa.code());
    }

    public List<Organisation> secondariesNear(Lsoa lsoa) {
        return secondariesNear.get(lsoa.code());
    }

    /** The secondary school the showcase child attends, where the demo school contributor works. */
    public Organisation showcaseSchool() {
        return showcaseSchool;
    }

    /** Whether a school admits pupils of this sex (girls' and boys' schools); true for anything else. */
    public boolean admits(Organisation school, org.reachable.identity.Sex sex) {
        SchoolSite site = secondarySites.get(school.id());
        return site == null || site.admits(sex);
    }

    /** Someone at the organisation whose job title starts with {@code job} (any of its staff if none does). */
    public Practitioner staff(Organisation organisation, String job, Rng rng) {
        List<Practitioner> people = staff.get(organisation.id());
        List<Practitioner> matching = job == null ? people
                : people.stream().filter(p -> p.jobTitle().startsWith(job)).toList();
        return rng.pick(matching.isEmpty() ? people : matching);
    }

    public Practitioner staff(Organisation organisation, Rng rng) {
        return staff(organisation, null, rng);
    }

    public UUID accountOf(Practitioner practitioner) {
        return accountOfPractitioner.get(practitioner.id());
    }

    /** The case-management system the organisation's records come from, e.g. {@code met-cris} or {@code wf-mosaic}. */
    public String sourceSystem(Organisation organisation) {
        return sourceSystems.get(organisation.id());
    }
}
