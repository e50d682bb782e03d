package org.reachable.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The streaming index: add, replace and remove people, and score an incoming record with decision and evidence. */
class LinkageIndexTest {

    private static LinkageModel model;

    @BeforeAll
    static void train() {
        model = Linkage.train(PeopleForTests.population(400, 5), LinkageSettings.defaults(TestChecks.INSTANCE));
    }

    private static LinkageIndex indexOf(List<PersonRecord> people) {
        LinkageIndex index = LinkageIndex.create(model);
        people.forEach(index::add);
        return index;
    }

    @Test
    void anIncomingRecordOfAHeldPersonComesFirstWithEvidence() {
        List<PersonRecord> people = PeopleForTests.population(300, 99).stream()
                .filter(r -> r.id().endsWith("-a")).toList();
        LinkageIndex index = indexOf(people);
        PersonRecord held = people.get(17);
        PersonRecord incoming = new PersonRecord("new-1", "health", held.givenNames(), held.familyName(),
                List.of(), held.dateOfBirth(), held.sex(), held.postcode(), held.address(), null, null);

        List<Candidate> best = index.bestCandidates(incoming, 3);

        assertThat(best).isNotEmpty();
        assertThat(best.getFirst().recordId()).isEqualTo(held.id());
        assertThat(best.getFirst().decision()).isEqualTo(MatchDecision.LINK);
        assertThat(best.getFirst().evidence()).anyMatch(e -> e.words().startsWith("date of birth same: "));
        assertThat(index.size()).as("scoring does not add").isEqualTo(people.size());
    }

    @Test
    void aNewPersonHasNoCandidatesAndRemovedOrReplacedRecordsAreNotFound() {
        PersonRecord ivy = PersonRecord.of("s1", "school", "Ivy", "Kowalski", "2013-07-09")
                .withAddress("E11 2BB", "9 Cann Hall Road");
        LinkageIndex index = indexOf(List.of(ivy));
        PersonRecord stranger = PersonRecord.of("n1", "police", "Kofi", "Mensah", "2001-12-30")
                .withAddress("E4 7AA", "3 Kings Road");
        assertThat(index.bestCandidates(stranger, 5)).isEmpty();

        PersonRecord again = PersonRecord.of("h1", "health", "Ivy", "Kowalski", "2013-07-09")
                .withAddress("E11 2BB", "9 Cann Hall Road");
        List<Candidate> before = index.bestCandidates(again, 5);
        assertThat(before).extracting(Candidate::recordId).containsExactly("s1");

        index.add(PersonRecord.of("s1", "school", "Ivy", "Kowalski", "2013-07-09").withAddress("E4 9ZZ", ""));
        assertThat(index.size()).as("replaced, not added").isEqualTo(1);
        assertThat(index.bestCandidates(again, 5)).as("weaker after the address changed")
                .allMatch(c -> c.matchWeight() < before.getFirst().matchWeight());

        assertThat(index.remove("s1")).isTrue();
        assertThat(index.bestCandidates(again, 5)).isEmpty();
        assertThat(index.remove("s1")).isFalse();
    }
}
