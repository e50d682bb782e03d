package org.reachable.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reachable.access.Role;
import org.reachable.access.TestUsers;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.AccessRefusedException;
import org.reachable.support.ReachableTest;
import org.springframework.beans.factory.annotation.Autowired;

@ReachableTest
class LanguageCheckTest {

    @Autowired
    LanguageCheck check;
    @Autowired
    LanguageRules rules;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void findsThePhraseWithWhereItIsAndWhatToSayInstead() {
        String text = "Seen at the station at 22:00. He keeps putting himself at risk.";
        List<LanguageFinding> findings = check.check(text);
        assertThat(findings).hasSize(1);
        LanguageFinding finding = findings.getFirst();
        assertThat(finding.ruleCode()).isEqualTo("putting-self-at-risk");
        assertThat(text.substring(finding.start(), finding.end())).isEqualTo("putting himself at risk");
        assertThat(finding.category()).isEqualTo(LanguageCategory.VICTIM_BLAMING);
        assertThat(finding.suggestion()).contains("Say who or what puts the child at risk");
    }

    @Test
    void handlesVariantsOfTheSamePhrase() {
        assertThat(check.check("placing himself at risk")).extracting(LanguageFinding::ruleCode)
                .containsExactly("putting-self-at-risk");
        assertThat(check.check("She put herself at risk of harm.")).hasSize(1);
        assertThat(check.check("risky behaviours")).extracting(LanguageFinding::ruleCode)
                .containsExactly("risky-behaviour");
        assertThat(check.check("he chose to go with them")).extracting(LanguageFinding::ruleCode)
                .containsExactly("choosing-to");
    }

    @Test
    void neverFlagsTheChildsOwnWordsInQuotationMarks() {
        assertThat(check.check("She said \"I put myself at risk\" and cried.")).isEmpty();
        assertThat(check.check("He said \u201CI chose to go with them\u201D.")).isEmpty();
        assertThat(check.check("She said 'I'm streetwise, I can handle it'.")).isEmpty();
        // An apostrophe is not a quotation: the phrase after it is still checked.
        assertThat(check.check("The children's worker says he's streetwise.")).hasSize(1);
        // Outside the quotation, the same phrase is flagged.
        assertThat(check.check("He said \"leave me alone\". He is putting himself at risk.")).hasSize(1);
    }

    /** A made-up word no other rule or test uses, so tests sharing the database cannot see each other's rules. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        UUID.randomUUID().toString().chars().filter(Character::isDigit).limit(8)
                .forEach(c -> word.append((char) ('a' + c - '0')));
        return word.toString();
    }

    @Test
    void aManagerAddsARuleAndItIsUsedAtOnce() {
        TestUsers.signIn(Role.MANAGER);
        String word = uniqueWord();
        String code = "test-" + word;
        String sentence = "He was described as a " + word + "man.";
        assertThat(check.check(sentence)).isEmpty();
        LanguageRule saved = rules.save(new RuleChange(code, "LABELLING", word + "man", word + "m[ae]n",
                "It labels the child.", "Describe what happened.", "He is a " + word + "man.", true, null));
        assertThat(saved.version()).isEqualTo(1);
        assertThat(check.check(sentence)).extracting(LanguageFinding::ruleCode).containsExactly(code);

        rules.save(new RuleChange(code, "LABELLING", word + "man", word + "m[ae]n", "It labels the child.",
                "Describe what happened.", "He is a " + word + "man.", false, 1));
        assertThat(check.check(sentence)).isEmpty();
        assertThat(rules.history(code)).extracting(LanguageRule::version).containsExactly(2, 1);
    }

    @Test
    void aBrokenRuleIsRefusedFieldByFieldAndNothingIsSaved() {
        TestUsers.signIn(Role.MANAGER);
        String code = "broken-" + uniqueWord();
        assertThatThrownBy(() -> rules.save(new RuleChange(code, "RUDE", "", "risk(", "", "", "", true, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .contains("category", "phrase", "pattern", "explanation", "suggestion", "examples"));
        assertThatThrownBy(() -> rules.save(new RuleChange(code, "LABELLING", "roadman", "roadm[ae]n", "Why.",
                "Instead.", "He is a road man.", true, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.field()).isEqualTo("examples");
                            assertThat(p.message()).contains("does not flag this example");
                        }));
        assertThat(rules.find(code)).isEmpty();
    }

    @Test
    void aSecondEditOfTheSameVersionIsRefused() {
        TestUsers.signIn(Role.MANAGER);
        String word = uniqueWord();
        String code = "edit-" + word;
        rules.save(new RuleChange(code, "LABELLING", word, word, "Why.", "Instead.", "a " + word, true, null));
        rules.save(new RuleChange(code, "LABELLING", word, word + "s?", "Why.", "Instead.", "a " + word, true, 1));
        assertThatThrownBy(() -> rules.save(new RuleChange(code, "LABELLING", word, word, "Why.",
                "Instead.", "a " + word, true, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("version"));
    }

    @Test
    void onlyAManagerMayChangeRules() {
        TestUsers.signIn(Role.PRACTITIONER);
        assertThatThrownBy(() -> rules.save(new RuleChange("x-rule", "LABELLING", "x", "x", "Why.", "Instead.", "x",
                true, null))).isInstanceOf(AccessRefusedException.class);
    }
}
