package org.reachable.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A small invented population for module tests: distinct people with a second, slightly corrupted record each, so a
 * model can be trained and the engine's decisions checked without any data files.
 */
final class PeopleForTests {

    static final String[] GIVEN = {"Amelia", "Oliver", "Isla", "Noah", "Ava", "Leo", "Mia", "Arthur", "Ivy", "Muhammad",
        "Freya", "Theo", "Layla", "Finley", "Sofia", "Harry", "Aisha", "Yusuf", "Grace", "Kofi", "Zara", "Ravi",
        "Chloe", "Tomasz", "Ewa", "Daniel", "Ruby", "Samuel", "Nia", "Omar"};
    static final String[] FAMILY = {"Smith", "Jones", "Khan", "Patel", "Okafor", "Nowak", "Brown", "Taylor", "Ali",
        "Mensah", "Wilson", "Ahmed", "Evans", "Hussain", "Walker", "Begum", "Wright", "Kowalski", "Clarke", "Osei",
        "Green", "Hall", "Lewis", "Shah", "Young", "King", "Baker", "Adams", "Hill", "Moore"};

    private PeopleForTests() {
    }

    /** {@code people} people, each with an original ("p-N-a") and a second record ("p-N-b") with one small error. */
    static List<PersonRecord> population(int people, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<PersonRecord> records = new ArrayList<>();
        for (int n = 0; n < people; n++) {
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String family = FAMILY[random.nextInt(FAMILY.length)];
            String dob = String.format("%d-%02d-%02d", 2000 + random.nextInt(20), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            String postcode = "E" + (4 + random.nextInt(14)) + " " + random.nextInt(10) + "A"
                    + (char) ('A' + random.nextInt(26));
            String sex = random.nextBoolean() ? "F" : "M";
            String address = (1 + random.nextInt(200)) + " " + family + " Road";
            records.add(new PersonRecord("p-" + n + "-a", "police", given, family, List.of(), dob, sex, postcode,
                    address, Map.of(), Map.of()));
            String secondGiven = random.nextInt(4) == 0 ? given.substring(0, given.length() - 1) : given;
            String secondPostcode = random.nextInt(5) == 0 ? "" : postcode;
            records.add(new PersonRecord("p-" + n + "-b", "school", secondGiven, family, List.of(), dob, sex,
                    secondPostcode, address, Map.of(), Map.of()));
        }
        return records;
    }
}
