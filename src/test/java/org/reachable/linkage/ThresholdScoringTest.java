package org.reachable.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reachable.linkage.internal.EncodedRecords;
import org.reachable.linkage.internal.MatchModel;
import org.reachable.linkage.internal.PairComparator;
import org.reachable.linkage.internal.ThresholdScorer;

/**
 * The streaming index stops comparing a pair as soon as it cannot reach the review weight. That must change nothing:
 * every pair that reaches a weight keeps its full comparison pattern, and the index proposes exactly the candidates,
 * with exactly the weights, that comparing every field of every blocked pair gives. The population has what makes
 * the bound matter: NHS numbers (mostly valid, some mistyped), nicknames, typos, moves, shared dates of birth, records without an address.
 */
class ThresholdScoringTest {

    private static final String[][] NICKNAMES = {{"Robert", "Bob"}, {"Mohammed", "Mo"}, {"Elizabeth", "Liz"}};

    @Test
    void aPairReachingTheWeightKeepsItsFullPatternAndMostOthersStopEarly() {
        List<PersonRecord> people = population(600, 3);
        LinkageModel model = Linkage.train(people, LinkageSettings.defaults(TestChecks.INSTANCE));
        EncodedRecords records = new EncodedRecords(model.schema(), model.settings().check(), model.nicknames(), 16);
        people.forEach(p -> records.add(p, true));
        PairComparator comparator = new PairComparator(records);
        ThresholdScorer scorer = new ThresholdScorer(records, comparator, model.weights());
        MatchModel weights = model.weights();
        for (double threshold : new double[] {reviewWeight(model), MatchModel.weightOf(
                model.settings().linkThreshold()), -20}) {
            int reaching = 0;
            int below = 0;
            int stoppedEarly = 0;
            for (int probe = 0; probe < people.size(); probe += 7) {
                scorer.start(probe, threshold);
                for (int held = 0; held < people.size(); held++) {
                    long full = comparator.pattern(probe, held);
                    long scored = scorer.pattern(held);
                    if (weights.weight(records, probe, full) >= threshold) {
                        reaching++;
                        assertThat(scored).as("pair %d-%d reaching %s", probe, held, threshold).isEqualTo(full);
                    } else {
                        below++;
                        stoppedEarly += scored == ThresholdScorer.BELOW ? 1 : 0;
                        assertThat(scored).as("pair %d-%d below %s", probe, held, threshold)
                                .isIn(full, ThresholdScorer.BELOW);
                    }
                }
            }
            assertThat(reaching).as("pairs reaching %s", threshold).isGreaterThan(50);
            assertThat(stoppedEarly).as("pairs below %s stopped before their names were compared", threshold)
                    .isGreaterThan(below / 2);
        }
    }

    @Test
    void theIndexProposesWhatComparingEveryFieldProposes() {
        List<PersonRecord> people = population(600, 5);
        LinkageModel model = Linkage.train(people, LinkageSettings.defaults(TestChecks.INSTANCE));
        LinkageIndex index = LinkageIndex.create(model);
        List<PersonRecord> held = people.stream().filter(p -> p.id().endsWith("a")).toList();
        held.forEach(index::add);
        EncodedRecords records = new EncodedRecords(model.schema(), model.settings().check(), model.nicknames(), 16);
        held.forEach(p -> records.add(p, true));
        PairComparator comparator = new PairComparator(records);
        int proposed = 0;
        for (PersonRecord incoming : people.stream().filter(p -> p.id().endsWith("b")).toList()) {
            int probe = records.add(incoming, false);
            List<Candidate> expected = new ArrayList<>();
            for (String id : index.blockedWith(incoming)) {
                int slot = slotOf(held, id);
                double weight = model.weights().weight(records, probe, comparator.pattern(probe, slot));
                if (weight >= reviewWeight(model)) {
                    expected.add(new Candidate(id, MatchModel.probability(weight), weight, null, List.of()));
                }
            }
            records.dropLast();
            expected.sort(Comparator.comparingDouble(Candidate::matchWeight).reversed());
            List<Candidate> got = index.bestCandidates(incoming, 1_000);
            assertThat(got).extracting(Candidate::recordId, Candidate::matchWeight).as("candidates for %s", incoming)
                    .containsExactlyElementsOf(expected.stream()
                            .map(c -> org.assertj.core.groups.Tuple.tuple(c.recordId(), c.matchWeight())).toList());
            proposed += got.size();
        }
        assertThat(proposed).as("candidates proposed for the 600 incoming records").isGreaterThan(400);
    }

    private static double reviewWeight(LinkageModel model) {
        return MatchModel.weightOf(model.settings().reviewThreshold());
    }

    private static int slotOf(List<PersonRecord> held, String id) {
        for (int i = 0; i < held.size(); i++) {
            if (held.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    /** Two records a person, the second with the kinds of error agencies make; few birth years, so blocks are full. */
    private static List<PersonRecord> population(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<PersonRecord> records = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String[] nickname = random.nextInt(10) == 0 ? NICKNAMES[random.nextInt(NICKNAMES.length)] : null;
            String given = nickname != null ? nickname[0]
                    : PeopleForTests.GIVEN[random.nextInt(PeopleForTests.GIVEN.length)];
            String family = PeopleForTests.FAMILY[random.nextInt(PeopleForTests.FAMILY.length)];
            String dob = String.format("%d-%02d-%02d", 2009 + random.nextInt(2), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            String postcode = "E" + (4 + random.nextInt(6)) + " " + random.nextInt(10) + "A"
                    + (char) ('A' + random.nextInt(26));
            String nhs = nhs(random);
            String address = (1 + random.nextInt(90)) + " " + family + " Road";
            String sex = random.nextBoolean() ? "F" : "M";
            records.add(new PersonRecord("p" + n + "a", "police", given, family, List.of(), dob, sex, postcode,
                    address, random.nextInt(5) == 0 ? Map.of() : Map.of("NHS", nhs), Map.of()));
            String secondGiven = nickname != null && random.nextBoolean() ? nickname[1]
                    : random.nextInt(4) == 0 ? given.substring(0, given.length() - 1) : given;
            String secondDob = random.nextInt(6) == 0 ? dob.substring(0, 8) + dob.substring(9) + dob.charAt(8) : dob;
            String secondNhs = random.nextInt(8) == 0 ? nhs.substring(0, 9) + (char) ('0' + (nhs.charAt(9) - '0' + 1)
                    % 10) : nhs;
            int moved = random.nextInt(8); // 0: moved; 1: no address sent
            records.add(new PersonRecord("p" + n + "b", "health", secondGiven, family, List.of(), secondDob, sex,
                    moved == 0 ? "E10 1AB" : moved == 1 ? "" : postcode,
                    moved == 0 ? "2 Elsewhere Street" : moved == 1 ? "" : address,
                    random.nextInt(3) == 0 ? Map.of() : Map.of("NHS", secondNhs), Map.of()));
        }
        return records;
    }

    private static String nhs(SplittableRandom random) {
        while (true) {
            String nine = String.format("%09d", random.nextInt(1_000_000_000));
            try {
                return TestChecks.nhs(nine);
            } catch (java.util.NoSuchElementException noCheckDigit) {
                // about one in eleven has none; draw again
            }
        }
    }
}
