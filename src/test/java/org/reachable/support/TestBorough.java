package org.reachable.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.access.Relationships;
import org.reachable.access.Role;
import org.reachable.access.UserAccounts;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.OrganisationKind;
import org.reachable.agencies.Organisations;
import org.reachable.chronology.Chronology;
import org.reachable.chronology.ChronologyEvent;
import org.reachable.chronology.EventType;
import org.reachable.chronology.Sensitivity;
import org.reachable.identity.ChildRecord;
import org.reachable.identity.ChildRegister;
import org.reachable.identity.Ethnicity;
import org.reachable.identity.Identifier;
import org.reachable.identity.IdentifierScheme;
import org.reachable.identity.PersonName;
import org.reachable.identity.Sex;
import org.springframework.stereotype.Component;

/**
 * Builds a small, self-contained piece of a borough for one test class: organisations, one user per role, and
 * children with events from several agencies. Every name is unique to this build, so test classes never collide.
 */
@Component
public class TestBorough {

    public static final String PASSWORD = "test-password-123";

    private final Organisations organisations;
    private final UserAccounts users;
    private final ChildRegister register;
    private final Chronology chronology;
    private final Relationships relationships;

    TestBorough(Organisations organisations, UserAccounts users, ChildRegister register, Chronology chronology,
                Relationships relationships) {
        this.organisations = organisations;
        this.users = users;
        this.register = register;
        this.chronology = chronology;
        this.relationships = relationships;
    }

    /** What a build made: organisations by kind, usernames by key, and children. */
    public record World(String tag, Map<OrganisationKind, Organisation> organisations, Map<String, String> usernames,
                        Map<String, UUID> userIds, UUID childA, UUID childB, String childANhsNumber) {

        public String username(String key) {
            return usernames.get(key);
        }
    }

    /**
     * Users: lead (lead practitioner of child A), tac (team around child A), stranger (practitioner with no
     * relationship), mash (MASH; child B has an open front-door case), manager, contributor, analyst, ig, admin.
     */
    public World build() {
        String tag = letters(8);
        Map<OrganisationKind, Organisation> orgs = new EnumMap<>(OrganisationKind.class);
        for (OrganisationKind kind : OrganisationKind.values()) {
            orgs.put(kind, new Organisation(UUID.randomUUID(), kind.name() + "-" + tag,
                    kind.label() + " " + tag, kind, null, null));
        }
        organisations.register(orgs.values(), List.of());

        Map<String, Role> roles = new java.util.LinkedHashMap<>();
        roles.put("lead", Role.PRACTITIONER);
        roles.put("tac", Role.PRACTITIONER);
        roles.put("stranger", Role.PRACTITIONER);
        roles.put("mash", Role.MASH_PRACTITIONER);
        roles.put("manager", Role.MANAGER);
        roles.put("contributor", Role.CONTRIBUTOR);
        roles.put("analyst", Role.ANALYST);
        roles.put("ig", Role.IG_OFFICER);
        roles.put("admin", Role.ADMIN);
        Map<String, String> usernames = new java.util.LinkedHashMap<>();
        Map<String, UUID> ids = new java.util.LinkedHashMap<>();
        List<UserAccounts.NewAccount> accounts = new ArrayList<>();
        roles.forEach((key, role) -> {
            UUID id = UUID.randomUUID();
            String username = key + "." + tag;
            OrganisationKind home = key.equals("tac") ? OrganisationKind.YOUTH_JUSTICE : switch (role) {
                case CONTRIBUTOR -> OrganisationKind.SCHOOL;
                case MASH_PRACTITIONER -> OrganisationKind.MASH;
                case ANALYST -> OrganisationKind.COMMUNITY_SAFETY;
                default -> OrganisationKind.CHILDRENS_SOCIAL_CARE;
            };
            accounts.add(new UserAccounts.NewAccount(id, username, key + " " + tag, role, orgs.get(home).id(), null,
                    PASSWORD));
            usernames.put(key, username);
            ids.put(key, id);
        });
        users.create(accounts);

        UUID childA = UUID.randomUUID();
        UUID childB = UUID.randomUUID();
        String nhs = uniqueNhsNumber();
        ChildRecord a = child(childA, "Amara", "Okafor" + tag);
        a = new ChildRecord(a.id(), a.dateOfBirth(), a.sex(), a.ethnicity(), a.names(),
                List.of(new Identifier(IdentifierScheme.NHS, nhs, null)), a.addresses(), a.relationships());
        register.loadAll(List.of(a, child(childB, "Jayden", "Clarke" + tag)));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<ChronologyEvent> events = new ArrayList<>();
        events.add(event(childA, EventType.POLICE_INCIDENT, orgs.get(OrganisationKind.POLICE), now.minus(200, ChronoUnit.DAYS),
                Map.of("role", "VICTIM"), "Amara was robbed at knifepoint near the station by two older males."));
        events.add(event(childA, EventType.PERMANENT_EXCLUSION, orgs.get(OrganisationKind.SCHOOL), now.minus(150, ChronoUnit.DAYS),
                Map.of("reason", "OW"), "Amara was permanently excluded after a knife was found in her bag."));
        events.add(event(childA, EventType.ED_ATTENDANCE, orgs.get(OrganisationKind.EMERGENCY_DEPARTMENT),
                now.minus(60, ChronoUnit.DAYS), Map.of("reason", "SHARP_OBJECT_INJURY"), "Treated for a stab wound to the leg."));
        events.add(event(childA, EventType.CP_START, orgs.get(OrganisationKind.CHILDRENS_SOCIAL_CARE),
                now.minus(50, ChronoUnit.DAYS), Map.of("category", "PHYSICAL"), "Child protection plan started (extra-familial harm)."));
        events.add(event(childA, EventType.OUT_OF_COURT_DISPOSAL, orgs.get(OrganisationKind.YOUTH_JUSTICE),
                now.minus(30, ChronoUnit.DAYS), Map.of("disposal", "YOUTH_CAUTION"), "Youth caution; referred for YJS support."));
        events.add(event(childA, EventType.CAMHS_ASSESSMENT, orgs.get(OrganisationKind.CAMHS), now.minus(10, ChronoUnit.DAYS),
                Map.of(), "CAMHS assessment: trauma symptoms after the stabbing."));
        events.add(event(childB, EventType.MISSING_EPISODE, orgs.get(OrganisationKind.POLICE), now.minus(5, ChronoUnit.DAYS),
                Map.of("hoursMissing", "20"), "Jayden was missing overnight; found in another borough."));
        chronology.loadAll(events);

        relationships.grant(childA, ids.get("lead"), true, "Social worker", LocalDate.now().minusMonths(2));
        relationships.grant(childA, ids.get("tac"), false, "YJS case manager", LocalDate.now().minusMonths(1));
        relationships.openFrontDoorCase(childB, "CONTACT-" + tag, now.minus(1, ChronoUnit.DAYS));
        return new World(tag, orgs, usernames, ids, childA, childB, nhs);
    }

    /** A valid NHS number no other test has used (random digits; retried when the check value would be 10). */
    private static String uniqueNhsNumber() {
        java.util.Random random = new java.util.Random();
        while (true) {
            String nine = String.format("%09d", random.nextInt(1_000_000_000));
            java.util.Optional<Integer> check = org.reachable.identity.NhsNumber.checkDigit(nine);
            if (check.isPresent()) {
                return nine + check.get();
            }
        }
    }

    private static ChildRecord child(UUID id, String given, String family) {
        return new ChildRecord(id, LocalDate.now().minusYears(15).minusDays(40), Sex.F, Ethnicity.BAFR,
                List.of(new PersonName(PersonName.Kind.CURRENT, given, family, null, null)), List.of(), List.of(),
                List.of());
    }

    private static ChronologyEvent event(UUID person, EventType type, Organisation org, Instant when,
                                         Map<String, String> details, String summary) {
        UUID id = UUID.randomUUID();
        return new ChronologyEvent(id, person, type, type.version(), org.id(), "Test recorder", null, when,
                when.plus(1, ChronoUnit.HOURS), when.plus(2, ChronoUnit.HOURS), "test", id.toString(),
                Sensitivity.STANDARD, summary, null, details);
    }

    /**
     * A tag of letters only: names are compared on their letters (digits dropped), so a tag with digits could make two
     * worlds' children look like namesakes, both born on the same day.
     */
    private static String letters(int length) {
        java.security.SecureRandom random = new java.security.SecureRandom();
        StringBuilder tag = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            tag.append((char) ('a' + random.nextInt(26)));
        }
        return tag.toString();
    }
}
