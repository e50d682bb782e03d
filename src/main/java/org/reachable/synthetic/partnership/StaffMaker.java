package org.reachable.synthetic.partnership;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reachable.access.Role;
import org.reachable.access.UserAccounts.NewAccount;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.OrganisationKind;
import org.reachable.agencies.Practitioner;
import org.reachable.identity.Sex;
import org.reachable.synthetic.people.EthnicityMix;
import org.reachable.synthetic.people.Heritage;
import org.reachable.synthetic.people.NameBook;
import org.reachable.synthetic.support.Rng;

/** Invents each organisation's practitioners (names like the borough's) and an account for each, without password. */
final class StaffMaker {

    private record Post(String jobTitle, String team, int count, Role role) {
    }

    private final Rng rng;
    private final String namespace;
    private final NameBook names = NameBook.get();
    private final Set<String> usernames = new HashSet<>();

    StaffMaker(Rng rng, String namespace) {
        this.rng = rng;
        this.namespace = namespace;
    }

    void staff(Organisation organisation, List<Practitioner> practitioners, List<NewAccount> accounts) {
        for (Post post : posts(organisation)) {
            for (int i = 0; i < post.count(); i++) {
                Heritage heritage = EthnicityMix.parents(EthnicityMix.pick(rng), rng)[rng.below(2)];
                String given = names.given(heritage, rng.chance(0.7) ? Sex.F : Sex.M, rng);
                String family = names.family(heritage, rng);
                Practitioner p = new Practitioner(rng.uuid(), organisation.id(), given, family, post.jobTitle(),
                        post.team(), email(given, family, organisation));
                practitioners.add(p);
                accounts.add(new NewAccount(rng.uuid(), username(given, family), p.fullName(), post.role(),
                        organisation.id(), p.id(), null));
            }
        }
    }

    /** The seven demo logins, each also a practitioner of the organisation they sign in for. */
    List<Directory.DemoUser> demoUsers(Map<OrganisationKind, List<Organisation>> byKind, Organisation school,
                                       List<Practitioner> practitioners) {
        Organisation csc = byKind.get(OrganisationKind.CHILDRENS_SOCIAL_CARE).getFirst();
        List<Directory.DemoUser> demo = new ArrayList<>();
        demo.add(demo("mash.demo", Role.MASH_PRACTITIONER, byKind.get(OrganisationKind.MASH).getFirst(), "Ruth",
                "Adebayo", "MASH social worker", "MASH", practitioners));
        demo.add(demo("practitioner.demo", Role.PRACTITIONER, csc, "Sam", "Whitfield", "Social worker",
                "Adolescent safeguarding team", practitioners));
        demo.add(demo("manager.demo", Role.MANAGER, csc, "Nadia", "Rahman", "Team manager",
                "Adolescent safeguarding team", practitioners));
        demo.add(demo("contributor.demo", Role.CONTRIBUTOR, school, "Daniel", "Osei", "Designated safeguarding lead",
                "Safeguarding", practitioners));
        demo.add(demo("analyst.demo", Role.ANALYST, byKind.get(OrganisationKind.COMMUNITY_SAFETY).getFirst(), "Kate",
                "Morgan", "Violence reduction analyst", "Insight", practitioners));
        demo.add(demo("ig.demo", Role.IG_OFFICER, csc, "Imran", "Qureshi", "Information governance officer",
                "Information governance", practitioners));
        demo.add(demo("admin.demo", Role.ADMIN, csc, "Alex", "Turner", "System administrator", "Digital",
                practitioners));
        return demo;
    }

    private Directory.DemoUser demo(String username, Role role, Organisation organisation, String given,
                                    String family, String job, String team, List<Practitioner> practitioners) {
        Practitioner p = new Practitioner(rng.uuid(), organisation.id(), given, family, job, team,
                email(given, family, organisation));
        practitioners.add(p);
        return new Directory.DemoUser(namespaced(username), role, p, rng.uuid());
    }

    private List<Post> posts(Organisation organisation) {
        return switch (organisation.kind()) {
            case CHILDRENS_SOCIAL_CARE -> List.of(
                    new Post("Social worker", "Assessment team", 14, Role.PRACTITIONER),
                    new Post("Social worker", "Adolescent safeguarding team", 10, Role.PRACTITIONER),
                    new Post("Social worker", "Child protection and court team", 8, Role.PRACTITIONER),
                    new Post("Social worker", "Children in care team", 8, Role.PRACTITIONER),
                    new Post("Team manager", "Assessment team", 3, Role.MANAGER),
                    new Post("Team manager", "Adolescent safeguarding team", 2, Role.MANAGER));
            case MASH -> List.of(new Post("MASH social worker", "MASH", 6, Role.MASH_PRACTITIONER),
                    new Post("MASH team manager", "MASH", 1, Role.MANAGER));
            case EARLY_HELP -> List.of(new Post("Early help family worker", "Families First", 10, Role.PRACTITIONER),
                    new Post("Team manager", "Families First", 1, Role.MANAGER));
            case POLICE -> List.of(new Post("Police constable", "Response", 10, Role.CONTRIBUTOR),
                    new Post("Detective constable", "Safeguarding", 6, Role.CONTRIBUTOR),
                    new Post("Youth engagement officer", "Neighbourhoods", 4, Role.CONTRIBUTOR),
                    new Post("Safer schools officer", "Neighbourhoods", 3, Role.CONTRIBUTOR),
                    new Post("Missing persons coordinator", "Safeguarding", 2, Role.CONTRIBUTOR));
            case SCHOOL -> organisation.urn() != null && organisation.urn().startsWith("99")
                    ? List.of(new Post("Designated safeguarding lead", "Safeguarding", 1, Role.CONTRIBUTOR))
                    : List.of(new Post("Designated safeguarding lead", "Safeguarding", 1, Role.CONTRIBUTOR),
                    new Post("Deputy safeguarding lead", "Safeguarding", 1, Role.CONTRIBUTOR),
                    new Post("Attendance officer", "Attendance", 1, Role.CONTRIBUTOR));
            case COLLEGE, PUPIL_REFERRAL_UNIT, ALTERNATIVE_PROVISION -> List.of(
                    new Post("Designated safeguarding lead", "Safeguarding", 1, Role.CONTRIBUTOR),
                    new Post("Teacher", "Teaching", 2, Role.CONTRIBUTOR));
            case SEND_SERVICE -> List.of(new Post("SEND caseworker", "EHC assessment", 4, Role.CONTRIBUTOR));
            case EMERGENCY_DEPARTMENT -> List.of(new Post("Emergency nurse", "Paediatric ED", 4, Role.CONTRIBUTOR),
                    new Post("Consultant in emergency medicine", "ED", 2, Role.CONTRIBUTOR),
                    new Post("Paediatric liaison nurse", "Safeguarding", 2, Role.CONTRIBUTOR));
            case AMBULANCE -> List.of(new Post("Paramedic", "North East sector", 3, Role.CONTRIBUTOR));
            case SCHOOL_NURSING -> List.of(new Post("School nurse", "0-19 service", 4, Role.CONTRIBUTOR));
            case CAMHS -> List.of(new Post("CAMHS clinician", "Assessment", 4, Role.CONTRIBUTOR),
                    new Post("Clinical psychologist", "Adolescent team", 2, Role.CONTRIBUTOR));
            case COMMUNITY_HEALTH -> List.of(new Post("Speech and language therapist", "Therapies", 3,
                    Role.CONTRIBUTOR), new Post("Community paediatrician", "Neurodevelopmental", 2, Role.CONTRIBUTOR));
            case GP -> List.of(new Post("GP safeguarding lead", "Practice", 1, Role.CONTRIBUTOR));
            case YOUTH_JUSTICE -> List.of(new Post("YJS case manager", "Youth justice", 10, Role.PRACTITIONER),
                    new Post("Team manager", "Youth justice", 1, Role.MANAGER));
            case HOUSING -> List.of(new Post("Housing officer", "Housing solutions", 3, Role.CONTRIBUTOR));
            case VOLUNTARY_COMMUNITY -> List.of(new Post(vcsJob(organisation), "Youth services", 3,
                    Role.CONTRIBUTOR));
            case COMMUNITY_SAFETY -> List.of(new Post("Violence reduction analyst", "Insight", 2, Role.ANALYST),
                    new Post("Partnership lead", "Violence reduction", 1, Role.CONTRIBUTOR));
        };
    }

    private static String vcsJob(Organisation organisation) {
        String name = organisation.name();
        if (name.contains("Mentoring")) {
            return "Mentor";
        }
        if (name.contains("Return")) {
            return "Return home interview worker";
        }
        if (name.contains("Sports")) {
            return "Sports coach";
        }
        return "Youth worker";
    }

    private String username(String given, String family) {
        String base = ascii(given) + "." + ascii(family);
        String candidate = base;
        for (int n = 2; !usernames.add(candidate); n++) {
            candidate = base + n;
        }
        return namespaced(candidate);
    }

    private String namespaced(String username) {
        return namespace.isEmpty() ? username : namespace + "." + username;
    }

    private static String email(String given, String family, Organisation organisation) {
        String domain = organisation.code().toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return ascii(given) + "." + ascii(family) + "@" + domain + ".synthetic.example";
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase();
    }
}
