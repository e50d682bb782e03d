package org.reachable.feeds.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reachable.feeds.IncomingRecord;
import org.reachable.feeds.ParseProblem;

class ChildrenInNeedCensusTest {

    private final ChildrenInNeedCensus cin =
            new ChildrenInNeedCensus(Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneId.of("Europe/London")));

    @Test
    void anEpisodeGivesItsReferralAssessmentsAndPlansAsTaxonomyEvents() {
        CollectingSink sink = CollectingSink.parse(cin, "cin/census.xml");

        assertThat(sink.problems).isEmpty();
        assertThat(sink.records).extracting(r -> r.event().type(), r -> r.event().occurredAt(), r -> r.event().details())
                .containsExactly(
                        tuple("csc.referral", "2024-05-02", Map.of()),
                        tuple("csc.assessment", "2024-05-03", Map.of("factors", "24A,10A")),
                        tuple("csc.cin-start", "2024-11-30", Map.of()),
                        tuple("csc.cin-end", "2025-02-20", Map.of()),
                        tuple("csc.cp-start", "2024-05-28", Map.of("category", "PHYSICAL")),
                        tuple("csc.cp-end", "2024-11-30", Map.of()),
                        tuple("csc.referral", "2025-01-15", Map.of()));

        IncomingRecord referral = sink.records.getFirst();
        assertThat(referral.event().summary()).isEqualTo("Referral to children's social care from referral source 2A;"
                + " primary need N1. Section 47 enquiry started 2024-05-10. Episode closed 2025-02-20 (reason RC8).");
        assertThat(referral.person().identifiers()).isEqualTo(Map.of("CSC", "CSC-40211", "UPN", "J201361424001"));
        assertThat(referral.person().dateOfBirth()).isEqualTo("2011-03-14");
        assertThat(referral.person().sex()).isEqualTo("F");
        assertThat(referral.person().ethnicity()).isEqualTo("BAFR");
        assertThat(referral.recordedBy()).isEqualTo("Children's social care, LA 320");
        assertThat(referral.recordedAt()).isEqualTo("2025-04-02T08:15:00");
        assertThat(referral.provenance().sourceSystem()).isEqualTo("cin:320");
        assertThat(referral.provenance().sourceReference()).isEqualTo("CSC-40211/episode:2024-05-02/referral");
        assertThat(referral.provenance().line()).isEqualTo(19L);
        assertThat(sink.records.get(5).provenance().sourceReference())
                .isEqualTo("CSC-40211/episode:2024-05-02/cp-end:2024-05-28");

        IncomingRecord nfa = sink.records.getLast();
        assertThat(nfa.person().identifiers()).isEqualTo(Map.of("CSC", "CSC-40377", "UPN", "Y823400023017"));
        assertThat(nfa.person().sex()).isEqualTo("M");
        assertThat(nfa.event().summary()).endsWith("No further action after the referral.");
    }

    @Test
    void aBadChildIsReportedFieldByFieldAndTheChildrenAroundItStillComeThrough() {
        CollectingSink sink = CollectingSink.parse(cin, "cin/bad-child-between-good.xml");

        assertThat(sink.records).extracting(r -> r.person().identifiers().get("CSC")).containsExactly("CSC-1", "CSC-3");
        assertThat(sink.records.getFirst().person().sex()).isEqualTo("M");
        assertThat(sink.problems).extracting(ParseProblem::field, ParseProblem::value).containsExactlyInAnyOrder(
                tuple("ChildIdentifiers/GenderCurrent", "7"),
                tuple("ChildIdentifiers/PersonBirthDate", "2010-02-30"),
                tuple("CINdetails/CINreferralDate", "2199-01-01"),
                tuple("ChildProtectionPlans/InitialCategoryOfAbuse", "XYZ"));
        assertThat(sink.problems).allSatisfy(p -> {
            assertThat(p.reference()).isEqualTo("LAchildID CSC-2");
            assertThat(p.line()).isEqualTo(9L);
            assertThat(p.rawText()).contains("<InitialCategoryOfAbuse>XYZ</InitialCategoryOfAbuse>");
        });
    }

    @Test
    void aCommonTransferFileIsNotTakenForACensus() {
        CollectingSink sink = CollectingSink.parse(cin, "ctf/transfer.xml");

        assertThat(sink.records).isEmpty();
        assertThat(sink.problems).singleElement().extracting(ParseProblem::rule)
                .isEqualTo("The file must start with a Message element");
    }
}
