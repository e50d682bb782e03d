package org.reachable.moments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachable.identity.AgeAndPostcode;
import org.reachable.moments.rules.ChildFacts;
import org.reachable.moments.rules.MomentRule;
import org.reachable.moments.rules.RuleParser;
import org.reachable.platform.validation.FieldProblem;
import org.reachable.platform.validation.InvalidInputException;

/** Rules are data: every starting rule reads, mistakes are named precisely, protected characteristics refused. */
class RuleParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyStartingRuleReadsAndTheSetCoversTheIssueList() throws Exception {
        List<MomentRule> rules = startingRules().stream().map(RuleParser::parse).toList();
        assertThat(rules).extracting(MomentRule::key).contains("permanent-exclusion", "move-to-alternative-provision",
                "suspensions-accumulating", "repeated-police-contact", "repeated-missing", "ed-assault-or-sharp-object",
                "knife-or-weapon", "peer-seriously-harmed", "waiting-for-assessment-with-exclusion-or-police",
                "school-or-home-move-with-open-involvement", "starting-secondary-school-with-open-involvement",
                "turning-18-with-open-involvement", "release-from-custody", "no-further-action-then-police-contact",
                "online-threats", "concerns-across-agencies");
        assertThat(rules).allSatisfy(r -> {
            assertThat(r.rationale()).hasSizeGreaterThan(40);
            assertThat(r.evidence()).isNotBlank();
            assertThat(r.nextSteps()).isNotEmpty();
        });
    }

    @Test
    void rulesCannotNameAProtectedCharacteristicAnywhere() {
        assertThat(problems(rule("{\"ethnicityIn\": [\"BCRB\"]}"))).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("condition.ethnicityIn");
            assertThat(p.message()).contains("may not use ethnicity, religion, sex or disability");
        });
        assertThat(problems(rule("{\"recent\": {\"of\": {\"types\": [\"police.incident\"],"
                + " \"where\": {\"sex\": \"M\"}}, \"withinDays\": 30}}"))).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("condition.recent.of.where.sex");
            assertThat(p.message()).contains("may not use");
        });
        assertThat(problems(rule("{\"recent\": {\"of\": {\"types\": [\"police.incident\"], \"religion\": \"X\"},"
                + " \"withinDays\": 30}}"))).extracting(FieldProblem::field).contains("condition.recent.of.religion");
        assertThat(problems(rule("{\"recent\": {\"of\": {\"types\": [\"send.ehcp-issued\"]}, \"withinDays\": 30}}")))
                .anySatisfy(p -> assertThat(p.message()).contains("disability"));
    }

    @Test
    void theFactsARuleMaySeeAreExactlyDateOfBirthAndPostcode() {
        assertThat(Arrays.stream(ChildFacts.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("personId", "dateOfBirth", "postcode");
        assertThat(Arrays.stream(AgeAndPostcode.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("personId", "dateOfBirth", "postcode");
    }

    @Test
    void mistakesAreNamedByTheirPlaceInTheDefinitionWithTheValueAndTheRule() {
        List<FieldProblem> problems = problems(rule("{\"count\": {\"of\": {\"types\": [\"police.incidnet\"]},"
                + " \"atLeast\": 0, \"withinDays\": 90}}"));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("condition.count.of.types");
            assertThat(p.rejectedValue()).isEqualTo("police.incidnet");
            assertThat(p.message()).startsWith("Is not an event type");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("condition.count.atLeast");
            assertThat(p.message()).isEqualTo("Must be a whole number from 1 to 100");
        });
        assertThat(problems(rule("{\"recent\": {\"of\": {\"types\": [\"health.ed-attendance\"],"
                + " \"where\": {\"reason\": \"STABBING\"}}, \"withinDays\": 7}}"))).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("condition.recent.of.where.reason");
            assertThat(p.message()).contains("ASSAULT, SHARP_OBJECT_INJURY");
        });
        assertThat(problems("{not json")).extracting(FieldProblem::field).containsExactly("definition");
    }

    private static String rule(String condition) {
        return """
                {"key": "test-rule", "name": "Test", "kind": "CUMULATIVE_HARM", "trigger": "EVENT",
                 "rationale": "Because.", "evidence": "Test.", "nextSteps": ["Look"], "suppressionDays": 30,
                 "escalateAfterHours": 24, "condition": %s}""".formatted(condition);
    }

    private static List<FieldProblem> problems(String definition) {
        try {
            RuleParser.parse(definition);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("Expected the definition to be refused: " + definition);
    }

    static List<String> startingRules() throws Exception {
        try (InputStream in = RuleParserTest.class.getResourceAsStream("/moments/starting-rules.json")) {
            JsonNode rules = JSON.readTree(in);
            List<String> definitions = new java.util.ArrayList<>();
            rules.forEach(r -> definitions.add(r.toString()));
            return definitions;
        }
    }

    @Test
    void aDefinitionThatIsNotAnObjectIsRefusedWhole() {
        assertThatThrownBy(() -> RuleParser.parse("[]")).isInstanceOf(InvalidInputException.class);
    }
}
