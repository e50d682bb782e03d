package org.reachable.feeds.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reachable.feeds.IncomingRecord;
import org.reachable.feeds.ParseProblem;

class FhirBundlesTest {

    private static final FhirBundles FHIR =
            new FhirBundles(Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneId.of("Europe/London")));

    @Test
    void eachEncounterBecomesOneRecordWithItsPatientAndConditions() {
        CollectingSink sink = CollectingSink.parse(FHIR, "fhir/ed-and-ambulance.json");

        assertThat(sink.problems).isEmpty();
        assertThat(sink.records).hasSize(2);
        IncomingRecord ed = sink.records.getFirst();
        assertThat(ed.event().type()).isEqualTo("health.ed-attendance");
        assertThat(ed.event().details()).isEqualTo(Map.of("reason", "SHARP_OBJECT_INJURY"));
        assertThat(ed.event().occurredAt()).isEqualTo("2025-05-03T22:41");
        assertThat(ed.event().sensitivity()).isEqualTo("SENSITIVE");
        assertThat(ed.event().summary()).isEqualTo("Emergency department attendance. Conditions recorded: "
                + "Assault (SNOMED CT 52684005); Stab wound (SNOMED CT 425322008).");
        assertThat(ed.person().identifiers()).isEqualTo(Map.of("NHS", "9434765919"));
        assertThat(ed.person().givenNames()).isEqualTo("Amara Grace");
        assertThat(ed.person().familyName()).isEqualTo("Okafor");
        assertThat(ed.person().otherNames()).containsExactly("Amara Smith");
        assertThat(ed.person().dateOfBirth()).isEqualTo("2011-03-14");
        assertThat(ed.person().sex()).isEqualTo("F");
        assertThat(ed.person().ethnicity()).isEqualTo("BAFR");
        assertThat(ed.person().addressLine()).isEqualTo("14 Canal Road, London");
        assertThat(ed.person().postcode()).isEqualTo("E17 4AB");
        assertThat(ed.provenance().sourceSystem()).isEqualTo("fhir:RQX");
        assertThat(ed.provenance().sourceReference())
                .isEqualTo("https://example-trust.nhs.uk/ed-attendance|ED-2025-118822");
        assertThat(ed.provenance().line()).isEqualTo(25L);
        assertThat(ed.recordedBy()).isEqualTo("Example University Hospital ED");
        assertThat(ed.recordedAt()).isEqualTo("2025-05-03T23:10:00+01:00");

        IncomingRecord ambulance = sink.records.getLast();
        assertThat(ambulance.event().type()).isEqualTo("health.ambulance-callout");
        assertThat(ambulance.event().details()).isEqualTo(Map.of("suspectedViolence", "true"));
        assertThat(ambulance.event().summary()).endsWith("Conditions recorded: Assault with a knife.");
        assertThat(ambulance.provenance().sourceSystem()).isEqualTo("fhir:RRU");
        assertThat(ambulance.provenance().sourceReference()).isEqualTo("urn:uuid:7c1a0b52-0d3e-4f55-9f0c-1a2b3c4d5e05");
    }

    @Test
    void schemaInvalidResourcesAreReportedOneByOneAndTheGoodEncounterStillComesThrough() {
        CollectingSink sink = CollectingSink.parse(FHIR, "fhir/bad-resources.json");

        assertThat(sink.records).singleElement().satisfies(r -> {
            assertThat(r.event().details()).isEqualTo(Map.of("reason", "SELF_HARM"));
            assertThat(r.person().familyName()).isEqualTo("Good");
            assertThat(r.provenance().sourceReference()).isEqualTo("urn:uuid:e4");
        });
        assertThat(sink.problems).extracting(ParseProblem::reference, ParseProblem::field).containsExactly(
                tuple("urn:uuid:p1", "Patient"),
                tuple("urn:uuid:x1", "resourceType"),
                tuple("urn:uuid:o1", "resourceType"),
                tuple("urn:uuid:e3", "Encounter"),
                tuple("urn:uuid:e1", "Patient.birthDate"),
                tuple("urn:uuid:e1", "Condition.code"),
                tuple("urn:uuid:e2", "Encounter.class"),
                tuple("urn:uuid:e5", "Encounter.subject"));
        assertThat(sink.problems.getFirst().rule()).startsWith("Not a valid FHIR R4 Patient:").contains("14/03/2011");
        assertThat(sink.problems.getFirst().line()).isEqualTo(5L);
        assertThat(sink.problems.getFirst().rawText()).contains("\"birthDate\":\"14/03/2011\"");
        assertThat(sink.problems.get(3).rule()).startsWith("Not a valid FHIR R4 Encounter:").contains("length");
        assertThat(sink.problems.get(4).rule()).startsWith("Implausible date");
    }

    @Test
    void ndjsonGivesOneBundlePerLineAndABrokenLineIsReportedAlone() {
        CollectingSink sink = CollectingSink.parse(FHIR, "fhir/bundles.ndjson");

        assertThat(sink.records).extracting(r -> r.provenance().line()).containsExactly(1L, 1L, 3L, 3L);
        assertThat(sink.records.get(2).provenance().sourceReference()).endsWith("|ED-2025-118900");
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2L);
            assertThat(p.rule()).startsWith("Unparseable JSON at line 2, column");
        });
    }

    @Test
    void xmlBundlesAreReadToo() {
        CollectingSink sink = CollectingSink.parse(FHIR, "fhir/ed.xml");

        assertThat(sink.problems).isEmpty();
        assertThat(sink.records).singleElement().satisfies(r -> {
            assertThat(r.event().details()).isEqualTo(Map.of("reason", "ASSAULT"));
            assertThat(r.event().occurredAt()).isEqualTo("2025-01-20T16:05");
            assertThat(r.person().identifiers()).isEqualTo(Map.of("NHS", "9434765927"));
            assertThat(r.person().sex()).isEqualTo("M");
        });
    }

    @Test
    void aFileThatIsNotABundleIsAFileProblem() {
        CollectingSink sink = parse("{\n \"resourceType\": \"Patient\",\n \"id\": \"x\"\n}");
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualTo("Patient");
            assertThat(p.rule()).isEqualTo("The file must hold FHIR R4 Bundle resources");
        });
        assertThat(parse("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><Bundle/>").problems)
                .extracting(ParseProblem::rule).containsExactly("DOCTYPE declarations are not accepted in agency files");
        assertThat(parse("{\n \"resourceType\": \"Bundle\",\n \"entry\": [ \n").problems)
                .extracting(ParseProblem::rule).singleElement().asString().startsWith("Unparseable JSON at line");
    }

    @Test
    void anOverLongNdjsonLineIsSkippedWithoutBeingKept() {
        String good = new String(bytes("fhir/bundles.ndjson"), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        String huge = "{\"resourceType\":\"Bundle\",\"x\":\"" + "a".repeat(BundleSource.MAX_BUNDLE_BYTES) + "\"}";
        CollectingSink sink = parse(good + "\n" + huge + "\n" + good + "\n");

        assertThat(sink.records).extracting(r -> r.provenance().line()).containsExactly(1L, 1L, 3L, 3L);
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2L);
            assertThat(p.rule()).startsWith("An NDJSON line may be at most 16777216 bytes");
        });
    }

    private static CollectingSink parse(String text) {
        return CollectingSink.parse(FHIR, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static byte[] bytes(String resource) {
        try (var in = FhirBundlesTest.class.getResourceAsStream("/feeds/" + resource)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
