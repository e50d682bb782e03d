package org.reachable.linkage.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reachable.linkage.Linkage;
import org.reachable.linkage.LinkageResult;
import org.reachable.linkage.LinkageSettings;
import org.reachable.linkage.PairwiseEvaluation;
import org.reachable.linkage.PersonRecord;
import org.reachable.linkage.TestChecks;
import org.reachable.synthetic.AgencyRecord;
import org.reachable.synthetic.BoroughGenerator;
import org.reachable.synthetic.BoroughSpec;
import org.reachable.synthetic.ChildBatch;

/**
 * The synthetic borough's agency views (generated in memory, no database): F1 of at least 0.98 with automatic links
 * at least 99.9% precise, with the default settings (household check on).
 */
class SyntheticBoroughAccuracyTest {

    @Test
    void agencyViewsOfSixThousandChildrenLinkPreciselyAndCompletely() {
        BoroughGenerator generator = new BoroughGenerator(BoroughSpec.of(7, 6_000, LocalDate.of(2025, 11, 20)));
        List<PersonRecord> records = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        for (Iterator<ChildBatch> it = generator.batches(2_000, true); it.hasNext(); ) {
            for (AgencyRecord r : it.next().agencyRecords()) {
                records.add(new PersonRecord(r.recordId(), r.agency().name(), r.givenNames(), r.familyName(),
                        List.of(), r.dateOfBirth().toString(), r.sex(), r.postcode(), r.addressLine1(),
                        Map.of("NHS", r.nhsNumber(), "UPN", r.upn(), "POLICE", r.policeRef(), "CSC", r.cscRef(),
                                "YJS", r.yjsRef()), Map.of()));
                truth.add(r.personId().toString());
            }
        }
        LinkageResult result = Linkage.deduplicate(records, LinkageSettings.defaults(TestChecks.INSTANCE));
        int[] clusters = new int[result.size()];
        for (int i = 0; i < clusters.length; i++) {
            clusters[i] = result.cluster(i);
        }
        PairwiseEvaluation e = PairwiseEvaluation.of(clusters, truth, null);
        assertThat(records).hasSizeGreaterThan(8_000);
        assertThat(e.precision()).as("precision of automatic links").isGreaterThanOrEqualTo(0.999);
        assertThat(e.f1()).isGreaterThanOrEqualTo(0.98);
    }
}
