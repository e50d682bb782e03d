package org.reachable.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.agencies.OrganisationKind;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Batch CSV import through ImportFiles (as the import command runs it): good records committed with file and line
 * provenance, bad ones quarantined with field, value and rule, and bad files (wrong encoding, missing columns, a
 * 50 MB line) reported without harm. Re-running a file writes nothing new.
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsvImportTest {

    static final String HEADER = "reference,source_system,given_names,family_name,date_of_birth,sex,nhs_number,"
            + "event_type,occurred_at,summary,details.role";

    @Autowired
    ImportFiles files;
    @Autowired
    TestBorough borough;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    private TestBorough.World world;
    private String police;

    @BeforeAll
    void setUp() {
        world = borough.build();
        police = world.organisations().get(OrganisationKind.POLICE).code();
    }

    @Test
    void goodRecordsAreCommittedWithProvenanceAndBadOnesQuarantinedWithTheirReasons() throws IOException {
        String system = "niche-" + UUID.randomUUID();
        String nhs = FeedsTestSupport.uniqueNhsNumber();
        Path file = write("good-and-bad.csv", StandardCharsets.UTF_8, true, "\r\n",
                HEADER,
                "R1," + system + ",Kai,Stone" + world.tag() + ",2011-02-03,M," + nhs
                        + ",police.incident,2025-01-05T17:00,\"Kai was punched, and his bike taken.\",VICTIM",
                "R2," + system + ",Kai,Stone" + world.tag() + ",2011-02-03,M," + nhs
                        + ",police.custody,2025-01-06,Brought into custody overnight.,",
                "R3," + system + ",Kai,Stone,2011-02-03,M,1234567890,police.incident,2025-01-07,Text,BYSTANDER",
                "R4," + system + ",Kai,Stone,1811-02-30,M,,police.custody,2025-01-07,Text,",
                "R5," + system + ",Kai,Stone,2011-02-03,M,,education.suspension,2025-01-07,Text,",
                "R6," + system + ",only,three");
        ImportFiles.Started started = files.importFile(file, "csv-police", police, null, j -> { });
        ImportJob job = started.job();
        assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(job.committed()).isEqualTo(2);
        assertThat(job.quarantined()).isEqualTo(4);

        var event = jdbc.sql("""
                        select source_file, source_line, person_id, summary from chronology_event
                        where source_system = :s and source_ref = 'R1'""").param("s", system).query().singleRow();
        assertThat(event.get("source_file")).isEqualTo("good-and-bad.csv");
        assertThat(event.get("source_line")).isEqualTo(2L);
        assertThat(event.get("summary")).isEqualTo("Kai was punched, and his bike taken.");
        UUID person = (UUID) event.get("person_id");
        assertThat(jdbc.sql("select person_id from chronology_event where source_system = :s and source_ref = 'R2'")
                .param("s", system).query(UUID.class).single()).as("the second record links to the first's child")
                .isEqualTo(person);

        List<String> reasons = jdbc.sql("""
                        select line || ' ' || (problems::text) from feeds_quarantine where import_id = :id
                        order by line""").param("id", job.id()).query(String.class).list();
        assertThat(reasons).hasSize(4);
        assertThat(reasons.get(0)).startsWith("4 ").contains("person.identifiers.NHS").contains("1234567890")
                .contains("modulus-11").contains("details.role").contains("BYSTANDER");
        assertThat(reasons.get(1)).startsWith("5 ").contains("person.dateOfBirth").contains("1811-02-30");
        assertThat(reasons.get(2)).startsWith("6 ").contains("event_type").contains("csv-police carries only");
        assertThat(reasons.get(3)).startsWith("7 ").contains("4 fields but the header has 11");

        ImportFiles.Started again = files.importFile(file, "csv-police", police, null, j -> { });
        assertThat(again.alreadyImported()).isTrue();
        Path copy = write("same-records-new-file.csv", StandardCharsets.UTF_8, false, "\n", HEADER,
                "R1," + system + ",Kai,Stone" + world.tag() + ",2011-02-03,M," + nhs
                        + ",police.incident,2025-01-05T17:00,\"Kai was punched, and his bike taken.\",VICTIM");
        ImportJob redelivered = files.importFile(copy, "csv-police", police, null, j -> { }).job();
        assertThat(redelivered.duplicates()).isEqualTo(1);
        assertThat(redelivered.committed()).isZero();
        assertThat(jdbc.sql("select count(*) from chronology_event where source_system = :s").param("s", system)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aFileWithMissingColumnsIsRefusedAsAWholeNamingTheColumns() throws IOException {
        Path file = write("missing.csv", StandardCharsets.UTF_8, false, "\n", "reference,given_names,surname",
                "X1,Kai,Stone");
        ImportJob job = files.importFile(file, "csv-police", police, null, j -> { }).job();
        assertThat(job.committed()).isZero();
        assertThat(job.quarantined()).isEqualTo(1);
        assertThat(quarantineText(job)).contains("Missing required column(s): family_name, date_of_birth, "
                + "event_type, occurred_at, summary").contains("Unknown column(s): surname");
    }

    @Test
    void aWindowsEncodedFileIsReportedNotGuessed() throws IOException {
        Path file = write("latin.csv", Charset.forName("windows-1252"), false, "\r\n", HEADER,
                "W1,sys-" + UUID.randomUUID() + ",Zoë,Brontë,2011-02-03,F,,police.custody,2025-01-06,Text £5,");
        ImportJob job = files.importFile(file, "csv-police", police, null, j -> { }).job();
        assertThat(job.quarantined()).isEqualTo(1);
        assertThat(quarantineText(job)).contains("Not UTF-8").contains("Zoë");
    }

    @Test
    void aFiftyMegabyteLineIsQuarantinedWithoutFillingTheHeapAndTheNextLineStillCounts() throws IOException {
        String system = "big-" + UUID.randomUUID();
        Path file = dir.resolve("huge.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            out.write(("H1," + system + ",Kai,Stone,2011-02-03,M,,police.custody,2025-01-06,").getBytes());
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            out.write(",\n".getBytes());
            out.write(("H2," + system + ",Kai,Stone" + world.tag() + ",2011-02-03,M,,police.custody,2025-01-06,"
                    + "Custody.,\n").getBytes());
        }
        ImportJob job = files.importFile(file, "csv-police", police, null, j -> { }).job();
        assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(job.quarantined()).isEqualTo(1);
        assertThat(job.committed()).isEqualTo(1);
        String text = quarantineText(job);
        assertThat(text).contains("over the limit of 65536 bytes");
        assertThat(text.length()).isLessThan(10_000);
    }

    @Test
    void theExampleFilesInTheDocsImportCleanly() throws IOException {
        for (String family : List.of("police", "health", "education", "social-care", "youth-justice")) {
            Path example = Path.of("docs/data-formats/examples/feeds-" + family + ".csv");
            // Each run uses its own references, so the examples can be imported by every test run.
            String text = Files.readString(example).replaceAll("(?m)^([A-Z]+-[0-9-]+),", "$1-" + world.tag() + ",");
            Path file = write("feeds-" + family + ".csv", StandardCharsets.UTF_8, false, "\n", text.strip());
            ImportJob job = files.importFile(file, "csv-" + family, police, null, j -> { }).job();
            assertThat(job.quarantined()).as(family + ": " + quarantineText(job)).isZero();
            assertThat(job.committed()).as(family).isPositive();
        }
    }

    private String quarantineText(ImportJob job) {
        return String.join("\n", jdbc.sql("select problems::text || ' ' || raw_text from feeds_quarantine "
                + "where import_id = :id").param("id", job.id()).query(String.class).list());
    }

    private Path write(String name, Charset charset, boolean bom, String newline, String... lines)
            throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write((String.join(newline, lines) + newline).getBytes(charset));
        }
        return file;
    }
}
