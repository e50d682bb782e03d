package org.reachable.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Batch deduplication finds duplicates, explains pairs in words, and never chains or pairs contradictions. */
class LinkageDecisionsTest {

    private final List<PersonRecord> population = PeopleForTests.population(400, 11);

    @Test
    void findsTheDuplicatesOfAnInventedPopulationWithLearnedWeights() {
        LinkageResult result = Linkage.deduplicate(population, LinkageSettings.defaults(TestChecks.INSTANCE));
        List<String> truth = population.stream().map(r -> r.id().substring(0, r.id().lastIndexOf('-'))).toList();
        int[] clusters = new int[result.size()];
        for (int i = 0; i < clusters.length; i++) {
            clusters[i] = result.cluster(i);
        }
        PairwiseEvaluation evaluation = PairwiseEvaluation.of(clusters, truth, null);
        assertThat(evaluation.truePairs()).isEqualTo(400);
        assertThat(evaluation.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(evaluation.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.blocking().candidatePairs()).isLessThan(result.blocking().possiblePairs() / 20);
        assertThat(result.model().describe()).anyMatch(line -> line.startsWith("date of birth"));
    }

    @Test
    void explainsEachFieldInWords() {
        List<PersonRecord> records = new ArrayList<>(population);
        records.add(PersonRecord.of("x1", "police", "Bob", "Okafor", "2009-02-11")
                .withAddress("E17 4AB", "2 Lea Road"));
        records.add(PersonRecord.of("x2", "school", "Robert", "Okafer", "2009-11-02").withAddress("E17 4AB", ""));
        LinkageResult result = Linkage.deduplicate(records, LinkageSettings.defaults(TestChecks.INSTANCE));
        List<String> words = result.explain(records.size() - 2, records.size() - 1).stream()
                .map(FieldEvidence::words).toList();
        assertThat(words).anyMatch(w -> w.startsWith("given name a nickname or alias of the other: "))
                .anyMatch(w -> w.startsWith("surname differs by one letter: "))
                .anyMatch(w -> w.startsWith("date of birth has day and month swapped: "))
                .anyMatch(w -> w.equals("address not recorded on both: no evidence"));
    }

    @Test
    void weakLinksDoNotChainTwoChildrenWithDifferentValidNhsNumbers() {
        List<PersonRecord> records = new ArrayList<>(population);
        PersonRecord first = PersonRecord.of("c1", "health", "Jayden", "Mensah", "2012-05-06")
                .withAddress("E10 5AA", "4 Lea Bridge Road")
                .withIdentifiers(Map.of("NHS", TestChecks.nhs("943476591")));
        PersonRecord bridge = PersonRecord.of("c2", "police", "Jayden", "Mensah", "2012-05-06")
                .withAddress("E10 5AA", "4 Lea Bridge Road");
        PersonRecord second = PersonRecord.of("c3", "health", "Jayden", "Mensah", "2012-05-06")
                .withAddress("E10 5AA", "4 Lea Bridge Road")
                .withIdentifiers(Map.of("NHS", TestChecks.nhs("943476592")));
        records.addAll(List.of(first, bridge, second));
        LinkageResult result = Linkage.deduplicate(records, LinkageSettings.defaults(TestChecks.INSTANCE));
        int n = records.size();
        assertThat(result.cluster(n - 3)).as("two valid NHS numbers never in one person")
                .isNotEqualTo(result.cluster(n - 1));
        assertThat(result.cluster(n - 2)).as("the record without a number joins one of them")
                .isIn(result.cluster(n - 3), result.cluster(n - 1));
        assertThat(result.reviews()).anyMatch(ReviewPair::refusedLink);
    }

    @Test
    void oneToOneLinksEachRecordToAtMostOneOnTheOtherSide() {
        List<PersonRecord> left = List.of(PersonRecord.of("l1", "", "Aisha", "Begum", "2011-01-02")
                .withAddress("E4 9AA", "1 Larks Wood"));
        List<PersonRecord> right = new ArrayList<>(population.stream().filter(r -> r.id().endsWith("-b")).toList());
        right.add(PersonRecord.of("r1", "", "Aisha", "Begum", "2011-01-02").withAddress("E4 9AA", "1 Larks Wood"));
        right.add(PersonRecord.of("r2", "", "Aisha", "Begum", "2011-01-02").withAddress("E4 9AA", "1 Larks Wood"));
        LinkageSettings settings = LinkageSettings.defaults(TestChecks.INSTANCE).withOneToOne(true);
        LinkageResult result = Linkage.link(left, right, settings);
        long linked = java.util.stream.IntStream.range(1, result.size())
                .filter(i -> result.cluster(i) == result.cluster(0)).count();
        assertThat(linked).isEqualTo(1);
        LinkageResult many = Linkage.link(left, right, settings.withOneToOne(false));
        assertThat(java.util.stream.IntStream.range(1, many.size()).filter(i -> many.cluster(i) == many.cluster(0))
                .count()).as("without one-to-one both duplicates join").isEqualTo(2);
    }
}
