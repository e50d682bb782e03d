package org.reachable.feeds.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reachable.feeds.IncomingRecord;
import org.reachable.feeds.ParseProblem;
import org.reachable.feeds.Provenance;

class CommonTransferFileTest {

    private final CommonTransferFile ctf =
            new CommonTransferFile(Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneId.of("Europe/London")));

    @Test
    void eachPupilGivesASchoolMoveAndTheSenAndLowAttendanceItCarries() {
        CollectingSink sink = CollectingSink.parse(ctf, "ctf/transfer.xml");

        assertThat(sink.problems).isEmpty();
        assertThat(sink.records).extracting(r -> r.event().type()).containsExactly(
                "education.school-move", "send.sen-support", "education.attendance-below-threshold",
                "education.school-move",
                "education.school-move", "send.ehcp-issued");

        IncomingRecord move = sink.records.get(0);
        assertThat(move.event().occurredAt()).isEqualTo("2025-02-10");
        assertThat(move.event().details()).isEqualTo(Map.of(
                "fromSchool", "Riverside Academy (LA 201, establishment 3614)", "midYear", "true"));
        assertThat(move.event().summary())
                .contains("to the school with LA 823, establishment 4001")
                .contains("looked after by the local authority with LA code 201");
        assertThat(move.recordedBy()).isEqualTo("Riverside Academy");
        assertThat(move.recordedAt()).isEqualTo("2025-02-10T09:30");

        assertThat(move.person().givenNames()).isEqualTo("Amara");
        assertThat(move.person().familyName()).isEqualTo("Okafor");
        assertThat(move.person().otherNames()).containsExactly("Amara Smith", "Mara Okafor");
        assertThat(move.person().dateOfBirth()).isEqualTo("2011-03-14");
        assertThat(move.person().sex()).isEqualTo("F");
        assertThat(move.person().ethnicity()).isEqualTo("BAFR");
        assertThat(move.person().addressLine()).isEqualTo("14, Canal Road, London");
        assertThat(move.person().postcode()).isEqualTo("E17 4AB");
        assertThat(move.person().identifiers()).isEqualTo(Map.of("UPN", "J201361424001"));

        IncomingRecord sen = sink.records.get(1);
        assertThat(sen.event().occurredAt()).isEqualTo("2022-09-05");
        assertThat(sen.event().details()).isEqualTo(Map.of("need", "SEMH"));
        assertThat(sen.event().summary()).contains("needs in order: SEMH, SLCN");

        IncomingRecord attendance = sink.records.get(2);
        assertThat(attendance.event().details()).isEqualTo(Map.of("percentage", "78.0"));
        assertThat(attendance.event().occurredAt()).isEqualTo("2024-07-31");

        assertThat(sink.records.get(3).person().addressLine()).isEqualTo("Flat 3, 22 High Street, London");
        assertThat(sink.records.get(5).event().details()).isEqualTo(Map.of("need", "ASD"));
        assertThat(sink.records.get(5).event().occurredAt()).isEqualTo("2020-01-10");
    }

    @Test
    void provenanceLocatesThePupilAndTheReferenceIsTheSameOnEveryImport() {
        List<Provenance> first = CollectingSink.parse(ctf, "ctf/transfer.xml").records.stream()
                .map(IncomingRecord::provenance).toList();
        List<Provenance> again = CollectingSink.parse(ctf, "ctf/transfer.xml").records.stream()
                .map(IncomingRecord::provenance).toList();

        assertThat(again).isEqualTo(first);
        assertThat(first).extracting(Provenance::sourceSystem).containsOnly("ctf:2013614");
        assertThat(first).extracting(Provenance::line).containsExactly(22L, 22L, 22L, 69L, 97L, 97L);
        assertThat(first).extracting(Provenance::sourceReference).doesNotHaveDuplicates();
        assertThat(first.get(0).sourceReference()).matches("[0-9a-f]{16}/J201361424001/school-move");
        assertThat(first.get(1).sourceReference()).endsWith("/J201361424001/sen:K:2022-09-05");
        assertThat(first.get(2).sourceReference()).endsWith("/J201361424001/attendance:2023");
        assertThat(first.get(0).file()).isEqualTo("ctf/transfer.xml");
    }

    @Test
    void aDifferentTransferOfTheSamePupilHasADifferentReference() {
        String later = xml("ctf/transfer.xml").replace("2025-02-10T09:30:00", "2025-03-01T10:00:00");
        String firstReference = CollectingSink.parse(ctf, "ctf/transfer.xml").records.getFirst().provenance()
                .sourceReference();
        String laterReference = CollectingSink.parse(ctf, stream(later), "later.xml").records.getFirst()
                .provenance().sourceReference();

        assertThat(laterReference).isNotEqualTo(firstReference).endsWith("/J201361424001/school-move");
    }

    @Test
    void aBadPupilIsReportedFieldByFieldAndThePupilsAroundItStillComeThrough() {
        CollectingSink sink = CollectingSink.parse(ctf, "ctf/bad-pupil-between-good.xml");

        assertThat(sink.records).extracting(r -> r.person().identifiers().get("UPN"))
                .containsExactly("J201361424001", "M201361424003");
        assertThat(sink.records.getFirst().event().summary()).contains("to a school not yet known");
        assertThat(sink.problems).extracting(ParseProblem::field, ParseProblem::value).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("DOB", "1066-10-14"),
                org.assertj.core.groups.Tuple.tuple("SENhistory/SEN/SENprovision", "Q"),
                org.assertj.core.groups.Tuple.tuple("Attendance/YearData/SessionsPossible", "lots"));
        ParseProblem dob = sink.problems.getFirst();
        assertThat(dob.file()).isEqualTo("ctf/bad-pupil-between-good.xml");
        assertThat(dob.line()).isEqualTo(12L);
        assertThat(dob.reference()).isEqualTo("UPN Y201361424002");
        assertThat(dob.rawText()).contains("<DOB>1066-10-14</DOB>").startsWith("<Pupil>");
        assertThat(sink.problems).extracting(ParseProblem::rule)
                .anySatisfy(rule -> assertThat(rule).startsWith("Implausible date"))
                .anySatisfy(rule -> assertThat(rule).contains("must be E, K or N"));
    }

    @Test
    void malformedXmlKeepsThePupilsBeforeItAndSaysWhereItBroke() {
        CollectingSink sink = CollectingSink.parse(ctf, "ctf/malformed.xml");

        assertThat(sink.records).extracting(r -> r.person().identifiers().get("UPN")).containsOnly("J201361424001");
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(13L);
            assertThat(p.rule()).startsWith("Cannot read the XML at line 13, column 74: Unexpected close tag </DOB>").endsWith("; the 1 Pupil element(s) before it were read");
        });
    }

    @Test
    void aDoctypeIsRefusedSoNoExternalEntityIsEverRead() {
        CollectingSink sink = CollectingSink.parse(ctf, "ctf/xxe.xml");

        assertThat(sink.records).isEmpty();
        assertThat(sink.problems).singleElement().extracting(ParseProblem::rule)
                .isEqualTo("DOCTYPE declarations are not accepted in agency files");
    }

    @Test
    void bytesThatAreNotTheDeclaredEncodingAreAFileProblem() {
        CollectingSink sink = CollectingSink.parse(ctf, "ctf/latin1-declared-utf8.xml");

        assertThat(sink.records).isEmpty();
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.rule()).startsWith("The file is not in the character encoding it declares")
                    .contains("Invalid UTF-8");
        });
    }

    @Test
    void aFileOfAnotherKindIsRefusedByItsRootElement() {
        CollectingSink sink = CollectingSink.parse(ctf, stream("<Message><Children/></Message>"), "cin.xml");

        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualTo("Message");
            assertThat(p.rule()).isEqualTo("The file must start with a CTfile element");
        });
    }

    @Test
    void aHugeValueIsReportedWithoutReadingItIntoMemory() {
        String huge = xml("ctf/transfer.xml").replace("<Surname>Nowak</Surname>",
                "<Surname>" + "x".repeat(3_000_000) + "</Surname>");
        CollectingSink sink = CollectingSink.parse(ctf, stream(huge), "huge.xml");

        assertThat(sink.records).extracting(r -> r.person().familyName()).containsOnly("Okafor");
        assertThat(sink.problems).singleElement().extracting(ParseProblem::rule).asString()
                .startsWith("Cannot read the XML at line 71").contains("Text size limit (1000000) exceeded");
    }

    @Test
    void aLongButReadableValueIsReportedForItsPupilOnly() {
        String longName = xml("ctf/transfer.xml").replace("<Surname>Nowak</Surname>",
                "<Surname>" + "x".repeat(5_000) + "</Surname>");
        CollectingSink sink = CollectingSink.parse(ctf, stream(longName), "long.xml");

        assertThat(sink.records).hasSize(5);
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("Surname");
            assertThat(p.rule()).isEqualTo("Longer than 1000 characters");
            assertThat(p.value()).endsWith("(5000 characters)");
        });
    }

    private static String xml(String resource) {
        try (var in = CommonTransferFileTest.class.getResourceAsStream("/feeds/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
