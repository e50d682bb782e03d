package org.reachable.linkage.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reachable.linkage.Linkage;
import org.reachable.linkage.LinkageResult;
import org.reachable.linkage.LinkageSettings;
import org.reachable.linkage.PairwiseEvaluation;
import org.reachable.linkage.PersonRecord;
import org.reachable.linkage.TestChecks;

/** The accuracy targets on the public FEBRL data (../shared/data/linkage); skipped when it is absent. */
class PublicDataAccuracyTest {

    private static final Path DATA = Path.of(System.getProperty("reachable.shared-data", "../shared/data"))
            .resolve("linkage");
    /** FEBRL has no families in it, so the household check (see docs/linkage.md) is off, as in the benchmarks. */
    private static final LinkageSettings FEBRL_SETTINGS = LinkageSettings.defaults(TestChecks.INSTANCE)
            .withHouseholdCheck(false);

    private static List<PersonRecord> febrl(String file) {
        assumeTrue(Files.isDirectory(DATA), "Skipped: public test data not found at " + DATA.toAbsolutePath()
                + " (see README: tests using ../shared/data skip without it)");
        ColumnMapping mapping = new ColumnMapping("rec_id", "given_name", "surname", List.of(), "date_of_birth",
                java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd"), "yyyyMMdd", null, "postcode",
                List.of("street_number", "address_1"), Map.of("SSN", "soc_sec_id"),
                List.of("address_2", "suburb", "state"), null, null);
        return PeopleCsv.read(DATA.resolve(file), mapping).records();
    }

    private static int[] clusters(LinkageResult result) {
        int[] clusters = new int[result.size()];
        for (int i = 0; i < clusters.length; i++) {
            clusters[i] = result.cluster(i);
        }
        return clusters;
    }

    @Test
    void febrl3DeduplicatesWithF1OfAtLeast0995() {
        List<PersonRecord> records = febrl("dataset3.csv");
        LinkageResult result = Linkage.deduplicate(records, FEBRL_SETTINGS);
        PairwiseEvaluation e = PairwiseEvaluation.of(clusters(result), Truth.febrl(records), null);
        assertThat(e.truePairs()).isEqualTo(6538);
        assertThat(e.f1()).isGreaterThanOrEqualTo(0.995);
    }

    @Test
    void febrl4LinksWithF1OfAtLeast0999() {
        List<PersonRecord> left = febrl("dataset4a.csv");
        List<PersonRecord> right = febrl("dataset4b.csv");
        LinkageResult result = Linkage.link(left, right, FEBRL_SETTINGS.withOneToOne(true));
        List<PersonRecord> both = new ArrayList<>(left);
        both.addAll(right);
        int[] side = new int[both.size()];
        java.util.Arrays.fill(side, left.size(), side.length, 1);
        PairwiseEvaluation e = PairwiseEvaluation.of(clusters(result), Truth.febrl(both), side);
        assertThat(e.truePairs()).isEqualTo(5000);
        assertThat(e.f1()).isGreaterThanOrEqualTo(0.999);
    }
}
