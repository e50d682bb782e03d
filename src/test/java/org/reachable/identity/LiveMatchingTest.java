package org.reachable.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reachable.platform.validation.Checks;
import org.reachable.support.ReachableTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The probabilistic engine deciding live, through the application's {@link PersonMatcher} (the engine's bean) against
 * the real register: namesakes with different NHS numbers stay apart, a nickname with a mistyped date of birth at the
 * same address links, a similar name waits for a person, and people earlier in a list count as registered for those
 * after them.
 */
@ReachableTest
class LiveMatchingTest {

    @Autowired
    PersonMatcher matcher;
    @Autowired
    MatchPerson match;
    @Autowired
    ChildRegister register;

    @Test
    void twoChildrenWithTheSameNameAndBirthButDifferentValidNhsNumbersAreNotLinked() {
        String family = "Adeyemi" + TestChildren.tag();
        LocalDate born = TestChildren.dateOfBirth();
        UUID known = child("Tobi", family, born, TestChildren.nhsNumber(), "E17 4JF", "12 Hoe Street");

        MatchDecision nameAndBirth = decide(details("Tobi", family, born.toString(), TestChildren.nhsNumber(), null,
                null));
        MatchDecision everythingButNhs = decide(details("Tobi", family, born.toString(), TestChildren.nhsNumber(),
                "E17 4JF", "12 Hoe Street"));

        assertThat(nameAndBirth).isNotInstanceOf(MatchDecision.Linked.class);
        assertThat(everythingButNhs).as("the engine alone would link: same name, birth, postcode and address")
                .isInstanceOf(MatchDecision.Review.class);
        assertThat(((MatchDecision.Review) everythingButNhs).candidateId()).isEqualTo(known);
        assertThat(everythingButNhs.evidence()).anyMatch(e -> e.contains("different NHS number (both valid)"))
                .anyMatch(e -> e.startsWith("NHS different (both valid): near-certain evidence against"));
    }

    @Test
    void aNicknameWithAMistypedBirthDateAtTheSameAddressLinksToThatChildAndNotTheirSister() {
        String family = "Mensah" + TestChildren.tag();
        UUID william = child("William", family, LocalDate.of(2012, 6, 14), null, "E17 5QJ", "4 Cleveland Park Avenue");
        child("Grace", family, LocalDate.of(2014, 2, 3), null, "E17 5QJ", "4 Cleveland Park Avenue");

        MatchDecision bill = decide(details("Bill", family, "2012-06-15", null, "E17 5QJ", "4 Cleveland Park Avenue"));

        assertThat(bill).isInstanceOf(MatchDecision.Linked.class);
        assertThat(((MatchDecision.Linked) bill).personId()).isEqualTo(william);
        assertThat(bill.evidence()).contains("Given name a nickname or alias of the other: moderate evidence for",
                "Date of birth differs by one digit: weak evidence for");
    }

    /**
     * No exact agreement on a name here (a similar given name, a surname one letter out), so the decision does not
     * depend on how common the names are in the register at the time.
     */
    @Test
    void aSimilarNameWithAMistypedSurnameIsReviewedTheSameNameAndBirthLinksAndAnotherBirthYearIsNew() {
        String tag = TestChildren.tag();
        String family = "Okonkwo" + tag;
        String mistyped = "Okonkwo" + (tag.charAt(0) == 'B' ? 'C' : 'B') + tag.substring(1);
        UUID known = child("Chidi", family, LocalDate.of(2011, 9, 23), TestChildren.nhsNumber(), null, null);

        MatchDecision same = decide(details("Chidi", family, "2011-09-23", null, null, null));
        MatchDecision similar = decide(details("Chinedu", mistyped, "2011-09-23", null, null, null));
        MatchDecision otherYear = decide(details("Chidi", family, "2004-01-30", null, null, null));

        assertThat(same).isInstanceOf(MatchDecision.Linked.class);
        assertThat(((MatchDecision.Linked) same).personId()).isEqualTo(known);
        assertThat(same.probability()).isGreaterThanOrEqualTo(0.99);
        assertThat(similar).isInstanceOf(MatchDecision.Review.class);
        assertThat(((MatchDecision.Review) similar).candidateId()).isEqualTo(known);
        assertThat(similar.probability()).isBetween(0.5, 0.99);
        assertThat(similar.evidence()).contains("Surname differs by one letter: strong evidence for");
        assertThat(otherYear).as("a date of birth seven years apart").isInstanceOf(MatchDecision.NewPerson.class);
    }

    @Test
    void peopleEarlierInTheListCountAsRegisteredForLaterOnes() {
        String family = "Nowak" + TestChildren.tag();
        String nhs = TestChildren.nhsNumber();
        PersonToMatch first = check(details("Zofia", family, "2013-04-05", nhs, "E10 5NP", "7 Lea Bridge Road"));
        PersonToMatch byIdentifier = check(details("Zofia", family, "2013-04-05", nhs, null, null));
        PersonToMatch byDetails = check(details("Zosia", family, "2013-04-05", null, "E10 5NP", "7 Lea Bridge Road"));

        List<MatchDecision> decisions = matcher.decide(List.of(first, byIdentifier, byDetails));

        assertThat(decisions.get(0)).isInstanceOf(MatchDecision.NewPerson.class);
        assertThat(decisions.get(1)).isInstanceOf(MatchDecision.Linked.class);
        assertThat(((MatchDecision.Linked) decisions.get(1)).personId()).isEqualTo(first.proposedId());
        assertThat(decisions.get(2)).isNotInstanceOf(MatchDecision.NewPerson.class);
        UUID target = decisions.get(2) instanceof MatchDecision.Linked l ? l.personId()
                : ((MatchDecision.Review) decisions.get(2)).candidateId();
        assertThat(target).isEqualTo(first.proposedId());
    }

    private UUID child(String given, String family, LocalDate born, String nhs, String postcode, String line) {
        UUID id = UUID.randomUUID();
        register.loadAll(List.of(new ChildRecord(id, born, Sex.M, null,
                List.of(new PersonName(PersonName.Kind.CURRENT, given, family, null, null)),
                nhs == null ? List.of() : List.of(new Identifier(IdentifierScheme.NHS, nhs, null)),
                postcode == null ? List.of() : List.of(new Address(line, "London", postcode, null,
                        LocalDate.of(2020, 1, 1), null)), List.of())));
        return id;
    }

    private MatchDecision decide(PersonDetails details) {
        return matcher.decide(List.of(check(details))).getFirst();
    }

    private PersonToMatch check(PersonDetails details) {
        Checks checks = new Checks();
        PersonToMatch person = match.check(details, checks, "person.");
        checks.throwIfAny();
        return person;
    }

    private static PersonDetails details(String given, String family, String born, String nhs, String postcode,
                                         String line) {
        return new PersonDetails(given, family, List.of(), born, "M", null, line, postcode,
                nhs == null ? Map.of() : Map.of("NHS", nhs));
    }
}
