package org.reachable.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.identity.ChildRecord;
import org.reachable.identity.IdentifierScheme;
import org.reachable.identity.PersonName;
import org.reachable.synthetic.people.NameBook;
import org.reachable.synthetic.views.AgencyViewWriter;
import org.reachable.synthetic.views.Corruption;
import org.reachable.synthetic.views.Typos;

/** The agencies' own records differ from the truth at the documented rates, and the truth covers every record. */
class AgencyViewsTest {

    private final GeneratedBorough borough = GeneratedBorough.standard();
    private final Map<UUID, ChildRecord> children = borough.childrenById();

    @Test
    void everyAgencyKnowsChildrenAndTheTruthCoversEveryRecordInTheFiles(@TempDir Path dir) throws IOException {
        try (AgencyViewWriter writer = new AgencyViewWriter(dir)) {
            writer.write(borough.agencyRecords());
        }
        Set<String> truth = Files.readAllLines(dir.resolve(AgencyViewWriter.TRUTH)).stream().skip(1)
                .map(line -> line.substring(0, line.lastIndexOf(','))).collect(Collectors.toSet());
        Set<String> inFiles = new HashSet<>();
        for (Agency agency : Agency.values()) {
            List<String> lines = Files.readAllLines(dir.resolve(agency.fileName()));
            assertThat(lines.getFirst()).isEqualTo(AgencyViewWriter.HEADER);
            assertThat(lines).as(agency.fileName()).hasSizeGreaterThan(agency == Agency.YJS ? 50 : 1_000);
            lines.stream().skip(1).forEach(l -> inFiles.add(agency.name().toLowerCase() + "," + l.split(",")[0]));
        }
        assertThat(inFiles).isEqualTo(truth).hasSize(borough.agencyRecords().size());
        assertThat(borough.agencyRecords()).allMatch(r -> children.containsKey(r.personId()));
    }

    @Test
    void corruptionsOccurAtTheDocumentedRates() {
        NameBook names = NameBook.get();
        SoftAssertions softly = new SoftAssertions();
        for (Agency agency : Agency.values()) {
            Corruption rates = Corruption.of(agency);
            List<AgencyRecord> records = borough.agencyRecords().stream().filter(r -> r.agency() == agency).toList();
            Rate rate = new Rate(softly, agency, records);
            rate.of("day and month swapped", rates.dobSwapped(), r -> Typos.swapDayMonth(truth(r).dateOfBirth()) != null,
                    r -> r.dateOfBirth().equals(Typos.swapDayMonth(truth(r).dateOfBirth())));
            rate.of("previous surname", rates.oldSurname() * (1 - rates.familyTypo()),
                    r -> previous(truth(r)) != null && !previous(truth(r)).equals(current(truth(r)).familyName()),
                    r -> r.familyName().equals(previous(truth(r))));
            rate.of("nickname or other spelling", rates.nickname() * (1 - rates.givenTypo() - rates.namesSwapped()),
                    r -> !names.variants(current(truth(r)).givenNames()).isEmpty(),
                    r -> names.variants(current(truth(r)).givenNames()).contains(r.givenNames())
                            || r.givenNames().equals(truth(r).name().givenNames())
                            && !r.givenNames().equals(current(truth(r)).givenNames()));
            rate.of("postcode missing", rates.postcodeMissing(), r -> true, r -> r.postcode().isEmpty());
            rate.of("family name typo", rates.familyTypo() * (1 - rates.namesSwapped()), r -> true,
                    r -> typoOf(r.familyName(), current(truth(r)).familyName(), previous(truth(r))));
            String mainId = switch (agency) {
                case SCHOOL -> IdentifierScheme.UPN.name();
                case HEALTH, CSC -> IdentifierScheme.NHS.name();
                case POLICE, YJS -> IdentifierScheme.POLICE.name();
            };
            rate.of(mainId + " missing", rates.idMissing(),
                    r -> truth(r).identifier(IdentifierScheme.valueOf(mainId)).isPresent(),
                    r -> switch (mainId) {
                        case "UPN" -> r.upn().isEmpty();
                        case "NHS" -> r.nhsNumber().isEmpty();
                        default -> r.policeRef().isEmpty();
                    });
            Map<UUID, Long> perChild = records.stream()
                    .collect(Collectors.groupingBy(r -> r.personId(), Collectors.counting()));
            if (agency != Agency.SCHOOL) {
                double duplicates = perChild.values().stream().filter(n -> n > 1).count() / (double) perChild.size();
                softly.assertThat(duplicates).as("%s duplicates", agency)
                        .isCloseTo(rates.duplicate(), org.assertj.core.data.Offset.offset(tolerance(rates.duplicate(),
                                perChild.size())));
            }
        }
        softly.assertAll();
    }

    @Test
    void someRecordsHaveAnAddressFromBeforeTheFamilyMoved() {
        long moved = borough.agencyRecords().stream().filter(r -> truth(r).addresses().size() > 1).count();
        long stale = borough.agencyRecords().stream().filter(r -> truth(r).addresses().size() > 1)
                .filter(r -> !r.postcode().isEmpty())
                .filter(r -> !r.postcode().equals(truth(r).currentAddress().orElseThrow().postcode())).count();

        assertThat(stale / (double) moved).isBetween(0.05, 0.6);
    }

    private ChildRecord truth(AgencyRecord record) {
        return children.get(record.personId());
    }

    private static PersonName current(ChildRecord child) {
        return child.names().stream().filter(n -> n.kind() == PersonName.Kind.CURRENT).findFirst().orElseThrow();
    }

    private static String previous(ChildRecord child) {
        return child.names().stream().filter(n -> n.kind() == PersonName.Kind.PREVIOUS).map(PersonName::familyName)
                .findFirst().orElse(null);
    }

    /** One edit (substitution, deletion, insertion, transposition) away from the current or previous surname. */
    private static boolean typoOf(String recorded, String current, String previous) {
        return !recorded.equals(current) && !recorded.equals(previous)
                && (oneEdit(recorded, current) || previous != null && oneEdit(recorded, previous));
    }

    private static boolean oneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        int[] before = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    current[j] = Math.min(current[j], before[j - 2] + 1);
                }
            }
            int[] t = before;
            before = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()] == 1;
    }

    /** Four binomial standard errors, plus a little for the rates' interactions. */
    private static double tolerance(double p, long n) {
        return 4 * Math.sqrt(Math.max(p, 0.001) * (1 - p) / Math.max(n, 1)) + 0.004;
    }

    private final class Rate {
        private final SoftAssertions softly;
        private final Agency agency;
        private final List<AgencyRecord> records;

        Rate(SoftAssertions softly, Agency agency, List<AgencyRecord> records) {
            this.softly = softly;
            this.agency = agency;
            this.records = records;
        }

        void of(String what, double expected, Predicate<AgencyRecord> eligible, Predicate<AgencyRecord> corrupted) {
            List<AgencyRecord> base = records.stream().filter(eligible).toList();
            if (expected > 0 && base.size() < 30) {
                return;
            }
            double observed = base.stream().filter(corrupted).count() / (double) Math.max(1, base.size());
            softly.assertThat(observed).as("%s: %s among %d records", agency, what, base.size())
                    .isCloseTo(expected, org.assertj.core.data.Offset.offset(tolerance(expected, base.size())));
        }
    }
}
