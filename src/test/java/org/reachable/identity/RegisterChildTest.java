package org.reachable.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reachable.access.CurrentUser;
import org.reachable.access.Role;
import org.reachable.access.TestUsers;
import org.reachable.platform.validation.FieldProblem;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.AccessRefusedException;
import org.reachable.support.ReachableTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registering a child: every wrong field is named with its value, and nothing is written unless all are right. */
@ReachableTest
class RegisterChildTest {

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
    void registersAValidChildWithNormalisedIdentifiersAndPostcode() {
        String nhs = TestChildren.nhsNumber();
        String upn = TestChildren.upn();
        NewChild child = TestChildren.child()
                .nhsNumber(nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6))
                .upn(" " + upn.toLowerCase() + " ").postcode("e17 4jf").build();
        long before = register.count();

        UUID id = register.register(child);

        assertThat(register.count()).isEqualTo(before + 1);
        ChildRecord record = register.find(id).orElseThrow();
        assertThat(record.name().kind()).isEqualTo(PersonName.Kind.CURRENT);
        assertThat(record.name().full()).isEqualTo("John " + child.familyName());
        assertThat(record.dateOfBirth()).isEqualTo(LocalDate.parse(child.dateOfBirth()));
        assertThat(record.sex()).isEqualTo(Sex.M);
        assertThat(record.ethnicity()).isEqualTo(Ethnicity.BCRB);
        assertThat(record.identifier(IdentifierScheme.NHS)).contains(nhs);
        assertThat(record.identifier(IdentifierScheme.UPN)).contains(upn);
        assertThat(record.currentAddress()).map(Address::postcode).contains("E17 4JF");
        assertThat(register.findByIdentifier(IdentifierScheme.NHS, nhs)).contains(id);
    }

    @Test
    void auditsTheRegistrationAgainstTheChild() {
        UUID id = register.register(TestChildren.child().build());

        List<String> rows = jdbc.sql("""
                        select action || ' ' || outcome || ' ' || resource from access_audit
                        where person_id = :id and actor_id = :actor""")
                .param("id", id).param("actor", practitioner.id()).query(String.class).list();
        assertThat(rows).containsExactly("WRITE ALLOWED child/" + id);
    }

    @Test
    void recordsEthnicityAsNotYetObtainedWhenLeftBlank() {
        UUID id = register.register(TestChildren.child().ethnicity(" ").build());

        assertThat(register.find(id).orElseThrow().ethnicity()).isEqualTo(Ethnicity.NOBT);
    }

    @Test
    void acceptsAYoungPersonTheDayBeforeTheir25thBirthday() {
        String dob = LocalDate.now().minusYears(25).plusDays(1).toString();

        UUID id = register.register(TestChildren.child().dateOfBirth(dob).build());

        assertThat(register.find(id).orElseThrow().dateOfBirth()).isEqualTo(LocalDate.parse(dob));
    }

    static Stream<Arguments> wrongFields() {
        String longName = "A".repeat(101);
        return Stream.of(
                wrong("malformed NHS number", b -> b.nhsNumber("9434765918"), "nhsNumber", "9434765918",
                        "Not a valid NHS number"),
                wrong("NHS number too short", b -> b.nhsNumber("943476591"), "nhsNumber", "943476591",
                        "Not a valid NHS number"),
                wrong("UPN with the wrong check letter", b -> b.upn("F320200119001"), "upn", "F320200119001",
                        "Not a valid Unique pupil number"),
                wrong("date of birth tomorrow", b -> b.dateOfBirth(LocalDate.now().plusDays(1).toString()),
                        "dateOfBirth", LocalDate.now().plusDays(1).toString(), "Must be today or in the past"),
                wrong("impossible date", b -> b.dateOfBirth("2023-02-30"), "dateOfBirth", "2023-02-30",
                        "Must be a real date"),
                wrong("date in another format", b -> b.dateOfBirth("17/05/2015"), "dateOfBirth", "17/05/2015",
                        "Must be a real date"),
                wrong("aged 25 today", b -> b.dateOfBirth(LocalDate.now().minusYears(25).toString()), "dateOfBirth",
                        LocalDate.now().minusYears(25).toString(), "aged 0 to 24"),
                wrong("unknown sex code", b -> b.sex("Q"), "sex", "Q", "Unknown code"),
                wrong("unknown ethnicity code", b -> b.ethnicity("WHITE"), "ethnicity", "WHITE", "Unknown code"),
                wrong("given names of 101 characters", b -> b.givenNames(longName), "givenNames",
                        "A".repeat(80) + "…", "Must be 100 characters or fewer (it has 101)"),
                wrong("family name of 101 characters", b -> b.familyName(longName), "familyName",
                        "A".repeat(80) + "…", "Must be 100 characters or fewer (it has 101)"),
                wrong("no family name", b -> b.familyName("  "), "familyName", "  ", "Enter the child's family name"),
                wrong("bad postcode", b -> b.postcode("E17 4IF"), "postcode", "E17 4IF", "Enter a real UK postcode"));
    }

    private static Arguments wrong(String description, UnaryOperator<TestChildren.Builder> change, String field,
                                   String value, String message) {
        return Arguments.of(description, change, field, value, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongFields")
    void rejectsAWrongFieldNamingItsValueAndWritesNothing(String description,
                                                          UnaryOperator<TestChildren.Builder> change, String field,
                                                          String value, String message) {
        TestChildren.Builder builder = TestChildren.child();
        NewChild child = change.apply(builder).build();
        long before = register.count();

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> register.register(child));

        assertThat(refused).as("register(%s)", description).isNotNull();
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo(field);
            assertThat(problem.rejectedValue()).isEqualTo(value);
            assertThat(problem.message()).contains(message);
        });
        assertThat(register.count()).isEqualTo(before);
        assertThat(register.findByIdentifier(IdentifierScheme.UPN, builder.upn)).isEmpty();
        assertThat(register.findByIdentifier(IdentifierScheme.NHS, builder.nhsNumber)).isEmpty();
    }

    @Test
    void reportsEveryWrongFieldAtOnce() {
        NewChild child = TestChildren.child().nhsNumber("1234567890").sex("boy").postcode("NOWHERE").build();

        assertThatThrownBy(() -> register.register(child))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::rejectedValue)
                        .containsExactlyInAnyOrder(
                                tuple("nhsNumber", "1234567890"),
                                tuple("sex", "boy"),
                                tuple("postcode", "NOWHERE")));
    }

    @Test
    void refusesASecondChildWithTheSameNhsNumber() {
        String nhs = TestChildren.nhsNumber();
        UUID first = register.register(TestChildren.child().nhsNumber(nhs).build());
        String secondUpn = TestChildren.upn();
        NewChild second = TestChildren.child().givenNames("Jane").sex("F")
                .nhsNumber(nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6))
                .upn(secondUpn).build();
        long before = register.count();

        assertThatThrownBy(() -> register.register(second))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo("nhsNumber");
                            assertThat(problem.rejectedValue()).isEqualTo(nhs);
                            assertThat(problem.message()).contains("Another child in the register already has this");
                        }));
        assertThat(register.count()).isEqualTo(before);
        assertThat(register.findByIdentifier(IdentifierScheme.NHS, nhs)).contains(first);
        assertThat(register.findByIdentifier(IdentifierScheme.UPN, secondUpn)).isEmpty();
    }

    @Test
    void refusesASecondChildWithTheSameUpn() {
        String upn = TestChildren.upn();
        register.register(TestChildren.child().upn(upn).build());
        NewChild second = TestChildren.child().upn(upn.toLowerCase()).build();

        assertThatThrownBy(() -> register.register(second))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::rejectedValue)
                        .containsExactly(tuple("upn", upn)));
        assertThat(register.findByIdentifier(IdentifierScheme.NHS, second.nhsNumber())).isEmpty();
    }

    @Test
    void refusesARoleThatMayNotRecordAndAuditsTheRefusal() {
        TestUsers.signOut();
        CurrentUser analyst = TestUsers.signIn(Role.ANALYST);
        NewChild child = TestChildren.child().build();
        long before = register.count();

        assertThatThrownBy(() -> register.register(child)).isInstanceOf(AccessRefusedException.class);

        assertThat(register.count()).isEqualTo(before);
        assertThat(register.findByIdentifier(IdentifierScheme.NHS, child.nhsNumber())).isEmpty();
        assertThat(jdbc.sql("select action || ' ' || outcome from access_audit where actor_id = :actor")
                .param("actor", analyst.id()).query(String.class).list()).containsExactly("WRITE DENIED");
    }
}
