package org.reachable.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reviewers' decisions as training labels: pairs a person decided are the same child pull the model towards linking
 * what they look like, and pairs decided different pull it away, compared with training on the records alone.
 */
class TrainingWithDecisionsTest {

    private static final LinkageSettings SETTINGS = LinkageSettings.defaults(TestChecks.INSTANCE);

    /**
     * 3,000 people (enough for EM to separate matches cleanly) with a slightly corrupted second record each, plus 80 whose second record has a new surname and a
     * new address: pairs the records alone make look like different people.
     */
    private static List<PersonRecord> records() {
        List<PersonRecord> records = new ArrayList<>(PeopleForTests.population(3000, 5));
        for (int n = 0; n < 80; n++) {
            String dob = String.format("2010-%02d-%02d", 1 + n % 12, 1 + n % 28);
            String given = PeopleForTests.GIVEN[n % PeopleForTests.GIVEN.length];
            records.add(new PersonRecord("renamed-" + n + "-a", "police", given, "Harrington" + (char) ('a' + n % 26),
                    List.of(), dob, "F", "N1 " + n % 10 + "AB", n + " Mill Lane", Map.of(), Map.of()));
            records.add(new PersonRecord("renamed-" + n + "-b", "school", given, "Featherstone" + (char) ('a' + n % 26),
                    List.of(), dob, "F", "SE15 " + n % 10 + "QT", n + " Rye Lane", Map.of(), Map.of()));
        }
        return records;
    }

    /** How strongly the model links a new record to a held one, for a pair shaped like {@code held}/{@code incoming}. */
    private static double weight(LinkageModel model, PersonRecord held, PersonRecord incoming) {
        LinkageIndex index = LinkageIndex.create(model.withSettings(SETTINGS.withThresholds(0.999, 1e-15)));
        index.add(held);
        List<Candidate> found = index.bestCandidates(incoming, 1);
        return found.isEmpty() ? Double.NEGATIVE_INFINITY : found.getFirst().matchWeight();
    }

    /** How much the decisions change the weight of a pair like held/incoming (in bits; positive: towards a link). */
    private static double shift(List<PersonRecord> records, List<LabelledPair> decided, PersonRecord held,
                                PersonRecord incoming) {
        return weight(Linkage.train(records, SETTINGS, decided), held, incoming)
                - weight(Linkage.train(records, SETTINGS), held, incoming);
    }

    @Test
    void pairsDecidedTheSameRaiseTheWeightOfWhatTheyShare() {
        List<PersonRecord> records = records();
        List<LabelledPair> same = new ArrayList<>();
        for (int n = 0; n < 80; n++) {
            same.add(new LabelledPair("renamed-" + n + "-a", "renamed-" + n + "-b", true));
        }
        PersonRecord held = PersonRecord.of("h", "police", "Kofi", "Mensah", "2011-04-04")
                .withAddress("E17 3AB", "4 Hoe Street");
        PersonRecord renamed = PersonRecord.of("i", "school", "Kofi", "Abernathy", "2011-04-04")
                .withAddress("N17 6PL", "80 Park Lane");

        assertThat(shift(records, same, held, renamed))
                .as("a new surname and address are weaker evidence against once reviewers said such pairs match")
                .isGreaterThan(0.5);
    }

    @Test
    void pairsDecidedDifferentLowerTheWeightOfWhatTheyShare() {
        List<PersonRecord> records = new ArrayList<>(records());
        List<LabelledPair> different = new ArrayList<>();
        for (int n = 0; n < 80; n++) {
            // Twins: same surname, birthday and home, different first names.
            String family = PeopleForTests.FAMILY[n % PeopleForTests.FAMILY.length];
            String dob = String.format("%d-%02d-%02d", 2004 + n / 10, 1 + n % 12, 1 + n % 28);
            String postcode = "E10 " + n % 10 + (char) ('A' + n % 26) + (char) ('A' + n / 26);
            records.add(new PersonRecord("twin-" + n + "-a", "police", PeopleForTests.GIVEN[n % 30], family,
                    List.of(), dob, "F", postcode, n + " Lea Bridge Road", Map.of(), Map.of()));
            records.add(new PersonRecord("twin-" + n + "-b", "school", PeopleForTests.GIVEN[(n + 7) % 30], family,
                    List.of(), dob, "F", postcode, n + " Lea Bridge Road", Map.of(), Map.of()));
            different.add(new LabelledPair("twin-" + n + "-a", "twin-" + n + "-b", false));
        }
        PersonRecord held = PersonRecord.of("h", "police", "Grace", "Boateng", "2013-09-09")
                .withAddress("E5 8XY", "12 Chatsworth Road");
        PersonRecord twin = PersonRecord.of("i", "school", "Esi", "Boateng", "2013-09-09")
                .withAddress("E5 8XY", "12 Chatsworth Road");

        assertThat(shift(records, different, held, twin))
                .as("a different first name is stronger evidence against once reviewers said so")
                .isLessThan(-0.5);
    }

    @Test
    void decisionsAboutRecordsNotInTrainingAreIgnored() {
        List<PersonRecord> records = PeopleForTests.population(200, 8);
        LinkageModel plain = Linkage.train(records, SETTINGS);
        LinkageModel withStrangers = Linkage.train(records, SETTINGS,
                List.of(new LabelledPair("nobody-1", "nobody-2", true), new LabelledPair("p-1-a", "p-1-a", false)));

        assertThat(withStrangers.parameters()).usingRecursiveComparison().isEqualTo(plain.parameters());
    }
}
