package org.reachable.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachable.access.CurrentUser;
import org.reachable.access.LegalBasis;
import org.reachable.access.Role;
import org.reachable.access.TestUsers;
import org.reachable.platform.validation.FieldProblem;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.AccessRefusedException;
import org.reachable.support.ReachableTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finding a child by identifier, by a misspelt or previous name, or by date of birth. Each child is registered with
 * a random tag in the surname, so no other child in the shared database matches the names searched for here.
 */
@ReachableTest
class SearchChildrenTest {

    @Autowired
    ChildRegister register;
    @Autowired
    JdbcClient jdbc;

    CurrentUser practitioner;

    @BeforeEach
    void signIn() {
        practitioner = TestUsers.signIn(Role.PRACTITIONER);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void findsAChildByNhsNumberInItsSpacedForm() {
        String nhs = TestChildren.nhsNumber();
        NewChild child = TestChildren.child().nhsNumber(nhs).postcode("E17 4JF").build();
        UUID id = register.register(child);

        List<ChildSummary> found = search(null, null, nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " "
                + nhs.substring(6));

        assertThat(found).containsExactly(new ChildSummary(id, "John " + child.familyName(),
                LocalDate.parse(child.dateOfBirth()), "E17 4", "identifier NHS"));
    }

    @Test
    void findsAChildByUpnInLowerCase() {
        String upn = TestChildren.upn();
        UUID id = register.register(TestChildren.child().upn(upn).build());

        assertThat(search(null, null, upn.toLowerCase())).extracting(ChildSummary::id, ChildSummary::matchedOn)
                .containsExactly(tuple(id, "identifier UPN"));
    }

    @Test
    void findsNobodyByAnNhsNumberNotInTheRegister() {
        assertThat(search(null, null, TestChildren.nhsNumber())).isEmpty();
    }

    @Test
    void findsAChildByAMisspeltName() {
        String tag = TestChildren.tag();
        UUID id = register.register(TestChildren.child().givenNames("John").familyName("Smith-" + tag).build());
        UUID other = register.register(TestChildren.child().givenNames("John").familyName("Smith-" + TestChildren.tag())
                .build());

        List<ChildSummary> found = search("Jon Smyth-" + tag, null, null);

        assertThat(found).extracting(ChildSummary::id).contains(id).doesNotContain(other);
        assertThat(found).filteredOn(s -> s.id().equals(id)).singleElement()
                .satisfies(s -> {
                    assertThat(s.name()).isEqualTo("John Smith-" + tag);
                    assertThat(s.matchedOn()).isEqualTo("name");
                });
    }

    @Test
    void doesNotFindAChildByAnUnrelatedName() {
        String tag = TestChildren.tag();
        UUID id = register.register(TestChildren.child().givenNames("John").familyName("Smith-" + tag).build());

        assertThat(search("Zebedee Quartermaine", null, null)).extracting(ChildSummary::id).doesNotContain(id);
    }

    @Test
    void findsAChildByAPreviousSurnameAndShowsTheCurrentName() {
        String currentTag = TestChildren.tag();
        String previousTag = TestChildren.tag();
        UUID id = UUID.randomUUID();
        register.loadAll(List.of(new ChildRecord(id, TestChildren.dateOfBirth(), Sex.F, Ethnicity.BAFR,
                List.of(new PersonName(PersonName.Kind.CURRENT, "Amira", "Hassan-" + currentTag,
                                LocalDate.of(2022, 9, 1), null),
                        new PersonName(PersonName.Kind.PREVIOUS, "Amira", "Okafor-" + previousTag, null,
                                LocalDate.of(2022, 8, 31))),
                List.of(), List.of(), List.of())));

        List<ChildSummary> found = search("Amira Okafor-" + previousTag, null, null);

        assertThat(found).filteredOn(s -> s.id().equals(id)).singleElement()
                .satisfies(s -> assertThat(s.name()).isEqualTo("Amira Hassan-" + currentTag));
        assertThat(search("Amira Hassan-" + currentTag, null, null)).extracting(ChildSummary::id).contains(id);
    }

    @Test
    void findsEveryChildBornOnADate() {
        LocalDate dob = TestChildren.dateOfBirth();
        UUID first = register.register(TestChildren.child().dateOfBirth(dob.toString()).build());
        UUID second = register.register(TestChildren.child().dateOfBirth(dob.toString()).build());
        UUID otherDay = register.register(TestChildren.child().dateOfBirth(dob.minusDays(1).toString()).build());

        List<ChildSummary> found = search(null, dob, null);

        assertThat(found).extracting(ChildSummary::id).contains(first, second).doesNotContain(otherDay);
        assertThat(found).allSatisfy(s -> {
            assertThat(s.dateOfBirth()).isEqualTo(dob);
            assertThat(s.matchedOn()).isEqualTo("date of birth");
        });
    }

    @Test
    void narrowsANameSearchByDateOfBirth() {
        String tag = TestChildren.tag();
        LocalDate dob = TestChildren.dateOfBirth();
        UUID id = register.register(TestChildren.child().familyName("Smith-" + tag).dateOfBirth(dob.toString())
                .build());

        assertThat(search("John Smith-" + tag, dob, null)).extracting(ChildSummary::id).containsExactly(id);
        assertThat(search("John Smith-" + tag, dob.plusDays(1), null)).isEmpty();
    }

    @Test
    void auditsTheSearchWithWhatWasSearchedBy() {
        search("John Smith-" + TestChildren.tag(), TestChildren.dateOfBirth(), null);

        List<String> rows = jdbc.sql("""
                        select action || ' ' || outcome || ' ' || purpose || ' / ' || legal_basis from access_audit
                        where actor_id = :actor""")
                .param("actor", practitioner.id()).query(String.class).list();
        assertThat(rows).containsExactly("SEARCH ALLOWED Searched for name, date of birth / "
                + LegalBasis.SAFEGUARDING.text());
    }

    @Test
    void asksForSomethingToSearchBy() {
        assertThatThrownBy(() -> search(null, null, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("name"));
        assertThatThrownBy(() -> search("J", null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::rejectedValue)
                        .containsExactly(tuple("name", "J")));
    }

    @Test
    void refusesARoleThatMayNotSearchAndAuditsTheRefusal() {
        TestUsers.signOut();
        CurrentUser analyst = TestUsers.signIn(Role.ANALYST);

        assertThatThrownBy(() -> search("John Smith", null, null))
                .isInstanceOfSatisfying(AccessRefusedException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Role ANALYST may not search children");
                    assertThat(e.breakGlassPossible()).isFalse();
                });

        List<String> rows = jdbc.sql("""
                        select action || ' ' || outcome || ' ' || actor_role || ' ' || resource || ' / ' || purpose
                        from access_audit where actor_id = :actor""")
                .param("actor", analyst.id()).query(String.class).list();
        assertThat(rows).containsExactly("SEARCH DENIED ANALYST children search / Role ANALYST may not search children");
    }

    private List<ChildSummary> search(String name, LocalDate dateOfBirth, String identifier) {
        return register.search(new ChildSearch(name, dateOfBirth, identifier));
    }
}
