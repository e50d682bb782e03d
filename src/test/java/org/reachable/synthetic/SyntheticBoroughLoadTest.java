package org.reachable.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.CurrentUser;
import org.reachable.access.RecordAccess;
import org.reachable.access.Relationships;
import org.reachable.access.TeamMember;
import org.reachable.access.UserAccounts;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.OrganisationKind;
import org.reachable.agencies.Organisations;
import org.reachable.chronology.Chronology;
import org.reachable.chronology.EventType;
import org.reachable.identity.ChildRegister;
import org.reachable.identity.IdentifierScheme;
import org.reachable.support.ReachableTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads a small borough (in its own namespace, so it cannot clash with other tests' data) through the modules'
 * public APIs and checks what the demo relies on. Reads a few tables directly only to check what was stored.
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticBoroughLoadTest {

    private static final String NS = "synit";
    private static final BoroughSpec SPEC = BoroughSpec.of(77, 300, LocalDate.now()).inNamespace(NS);

    @Autowired BoroughLoader loader;
    @Autowired ChildRegister register;
    @Autowired Chronology chronology;
    @Autowired Organisations organisations;
    @Autowired UserAccounts accounts;
    @Autowired ChildRecordAccess access;
    @Autowired Relationships relationships;
    @Autowired GenerateCommand generate;
    @Autowired JdbcClient jdbc;
    @Autowired org.reachable.panels.PanelDuplication duplication;

    private LoadSummary summary;
    private long childrenBefore;
    private long eventsBefore;
    private long organisationsBefore;
    private long accountsBefore;

    @BeforeAll
    void load() {
        childrenBefore = register.count();
        eventsBefore = chronology.count();
        organisationsBefore = organisations.countOrganisations();
        accountsBefore = accounts.count();
        summary = loader.run(SPEC, null, true, 120, progress -> { });
    }

    @Test
    void theWholeBoroughIsLoadedThroughThePublicApis() {
        assertThat(summary.children()).isEqualTo(300);
        assertThat(register.count() - childrenBefore).isEqualTo(300);
        assertThat(chronology.count() - eventsBefore).isEqualTo(summary.events()).isGreaterThan(300);
        assertThat(organisations.countOrganisations() - organisationsBefore).isEqualTo(summary.organisations());
        assertThat(accounts.count() - accountsBefore).isEqualTo(summary.practitioners());
        assertThat(jdbc.sql("select count(*) from access_audit where resource = :r")
                .param("r", "synthetic-borough/seed-77").query(Long.class).single()).isEqualTo(1);
    }

    /** The demo panels come with the borough, including the two duplicates a chair must be shown. */
    @Test
    void theDemoPanelsCarryTheirDeliberateDuplicates() {
        org.reachable.access.TestUsers.signIn(org.reachable.access.Role.MANAGER);
        org.reachable.panels.Duplication found;
        try {
            found = duplication.find(6);
        } finally {
            org.reachable.access.TestUsers.signOut();
        }
        String preMace = "Pre-MACE / ROHOP panel (" + NS + ")";
        assertThat(found.onSeveralPanels()).anySatisfy(d -> assertThat(d.panels())
                .contains(preMace, "MACE panel (" + NS + ")"));
        assertThat(found.repeatedWithoutProgress()).filteredOn(r -> r.panel().equals(preMace))
                .singleElement().satisfies(r -> {
                    assertThat(r.meetings()).isEqualTo(3);
                    assertThat(r.actions()).isPositive();
                });
    }

    @Test
    void onlyTheDemoLoginsCanSignIn() {
        // Listing accounts is an administrator's (audited) job.
        org.reachable.access.TestUsers.signIn(org.reachable.access.Role.ADMIN);
        List<UserAccounts.UserAccount> ours;
        try {
            ours = accounts.all().stream().filter(a -> a.username().startsWith(NS + ".")).toList();
        } finally {
            org.reachable.access.TestUsers.signOut();
        }

        assertThat(ours.stream().filter(UserAccounts.UserAccount::canSignIn).map(UserAccounts.UserAccount::username))
                .containsExactlyInAnyOrder(NS + ".mash.demo", NS + ".practitioner.demo", NS + ".manager.demo",
                        NS + ".contributor.demo", NS + ".analyst.demo", NS + ".ig.demo", NS + ".admin.demo");
        assertThat(ours).hasSize(summary.practitioners());
    }

    @Test
    void theShowcaseChildIsKnownToAtLeastSixAgenciesWithWhatTheDemoShows() {
        UUID showcase = summary.showcase().id();
        List<UUID> organisationIds = jdbc.sql("select distinct organisation_id from chronology_event "
                + "where person_id = :p").param("p", showcase).query(UUID.class).list();
        Set<OrganisationKind> kinds = organisations.findAll(organisationIds).values().stream()
                .map(Organisation::kind).collect(Collectors.toSet());
        Set<String> types = Set.copyOf(jdbc.sql("select type from chronology_event where person_id = :p")
                .param("p", showcase).query(String.class).list());

        assertThat(kinds).hasSizeGreaterThanOrEqualTo(6).contains(OrganisationKind.POLICE, OrganisationKind.SCHOOL,
                OrganisationKind.EMERGENCY_DEPARTMENT, OrganisationKind.CHILDRENS_SOCIAL_CARE,
                OrganisationKind.YOUTH_JUSTICE, OrganisationKind.CAMHS);
        assertThat(types).contains(EventType.CP_START.code(), EventType.ATTENDANCE_BELOW_THRESHOLD.code(),
                EventType.EHCP_ISSUED.code(), EventType.OUT_OF_COURT_DISPOSAL.code()).doesNotContain(
                EventType.CP_END.code());
        assertThat(register.find(showcase).orElseThrow().identifier(IdentifierScheme.NHS)).isPresent();
    }

    @Test
    void theDemoPractitionerLeadsTheShowcaseChildAndIsInTheTeamAroundOthers() {
        CurrentUser practitioner = user("practitioner.demo");
        UUID showcase = summary.showcase().id();

        assertThat(access.basis(practitioner, showcase)).map(RecordAccess::basis)
                .contains(RecordAccess.Basis.LEAD_PRACTITIONER);
        assertThat(relationships.teamAround(showcase)).first().extracting(TeamMember::lead).isEqualTo(true);
        long children = jdbc.sql("select count(distinct person_id) from access_relationship where user_id = :u")
                .param("u", practitioner.id()).query(Long.class).single();
        assertThat(children).isGreaterThanOrEqualTo(1 + DemoCases.PRACTITIONER_TEAM);
        assertThat(access.basis(user("manager.demo"), showcase)).isPresent();
    }

    @Test
    void mashSeesOnlyChildrenWithAnOpenFrontDoorCase() {
        CurrentUser mash = user("mash.demo");
        List<UUID> open = jdbc.sql("select person_id from access_front_door_case where reference like :r")
                .param("r", NS.toUpperCase() + "-FD-%").query(UUID.class).list();

        assertThat(open).hasSize(DemoCases.FRONT_DOOR);
        open.forEach(child -> assertThat(access.basis(mash, child)).map(RecordAccess::basis)
                .contains(RecordAccess.Basis.OPEN_FRONT_DOOR_CASE));
        assertThat(open).doesNotContain(summary.showcase().id());
    }

    @Test
    void generateRefusesToLoadIntoARegisterThatIsNotEmpty() {
        StringWriter err = new StringWriter();

        int code = generate.run(new String[] {"--children", "50"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("already holds");
    }

    @Test
    void generateWithNoLoadOnlyWritesTheAgencyViews(@TempDir Path dir) {
        long before = register.count();
        StringWriter out = new StringWriter();

        int code = generate.run(new String[] {"--no-load", "--out", dir.toString(), "--children", "200", "--now",
                "2025-11-20", "--seed", "5"}, new PrintWriter(out, true), new PrintWriter(new StringWriter()));

        assertThat(code).isEqualTo(0);
        assertThat(register.count()).isEqualTo(before);
        for (Agency agency : Agency.values()) {
            assertThat(dir.resolve(agency.fileName())).exists();
        }
        assertThat(Files.exists(dir.resolve("truth.csv"))).isTrue();
        assertThat(out.toString()).contains("children 200 / 200 (100%)");
    }

    @Test
    void generateExplainsWhatIsMissing() {
        StringWriter err = new StringWriter();

        assertThat(generate.run(new String[] {"--no-load"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err, true))).isEqualTo(2);
        assertThat(err.toString()).contains("--out");
        assertThat(generate.run(new String[] {"--children", "5", "--no-load", "--out", "x"},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true))).isEqualTo(2);
        assertThat(err.toString()).contains("children must be between");
    }

    private CurrentUser user(String demo) {
        return accounts.findByUsername(NS + "." + demo).orElseThrow();
    }
}
