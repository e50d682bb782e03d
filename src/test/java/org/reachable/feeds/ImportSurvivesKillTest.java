package org.reachable.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.Reachable;
import org.reachable.agencies.OrganisationKind;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Exactly once under kill -9: a real child JVM runs {@code import} against the test run's PostgreSQL, is killed with
 * SIGKILL half-way, and the same import is run again. Every record ends up once: committed or quarantined.
 */
@ReachableTest
class ImportSurvivesKillTest {

    static final int RECORDS = 20_000;
    static final int INVALID_EVERY = 1_000;

    @Autowired
    TestBorough borough;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @TempDir
    Path dir;

    @Test
    void anImportKilledHalfWayAndRunAgainHasEveryRecordExactlyOnce() throws Exception {
        TestBorough.World world = borough.build();
        String organisation = world.organisations().get(OrganisationKind.POLICE).code();
        String system = "kill-" + UUID.randomUUID();
        Path file = file(system, world.tag());

        Process first = importInChildJvm(file, organisation, dir.resolve("first.log"));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (checkpoint(file) < RECORDS / 5 && first.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(first.isAlive()).as("the import is still running when killed: " + log("first.log")).isTrue();
        first.destroyForcibly();
        first.waitFor(30, TimeUnit.SECONDS);
        long committedAtKill = events(system);
        assertThat(committedAtKill).as("killed half-way").isPositive().isLessThan(RECORDS - RECORDS / INVALID_EVERY);

        Process second = importInChildJvm(file, organisation, dir.resolve("second.log"));
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(second.exitValue()).as(log("second.log")).isZero();

        long invalid = RECORDS / INVALID_EVERY;
        assertThat(events(system)).isEqualTo(RECORDS - invalid);
        assertThat(jdbc.sql("""
                        select count(distinct source_ref) from chronology_event where source_system = :s""")
                .param("s", system).query(Long.class).single()).isEqualTo(RECORDS - invalid);
        assertThat(jdbc.sql("select count(*) from feeds_receipt where source_system = :s").param("s", system)
                .query(Long.class).single()).isEqualTo(RECORDS - invalid);
        assertThat(jdbc.sql("""
                        select count(*), count(distinct line) from feeds_quarantine q
                        join feeds_import i on i.id = q.import_id where i.file_name = :f""")
                .param("f", file.getFileName().toString()).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2)))
                .single()).containsExactly(invalid, invalid);
        assertThat(jdbc.sql("select status from feeds_import where file_name = :f")
                .param("f", file.getFileName().toString()).query(String.class).list()).containsExactly("DONE");
    }

    private Process importInChildJvm(Path file, String organisation, Path log) throws Exception {
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Reachable.class.getName(),
                "import", "--format", "csv-police", "--organisation", organisation, file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPRING_DATASOURCE_URL", hikari.getJdbcUrl());
        builder.environment().put("SPRING_DATASOURCE_USERNAME", hikari.getUsername());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", hikari.getPassword() == null ? ""
                : hikari.getPassword());
        return builder.start();
    }

    /** Many children (a new one every 3 records) with their events; every 1,000th record breaks a rule. */
    private Path file(String system, String tag) throws IOException {
        Path file = dir.resolve("kill-" + tag + ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(CsvImportTest.HEADER + "\n");
            for (int i = 1; i <= RECORDS; i++) {
                int child = i / 3;
                String type = i % INVALID_EVERY == 0 ? "police.no-such-type" : "police.custody";
                String born = java.time.LocalDate.of(2004, 1, 1).plusDays(child % 6000).toString();
                out.write("K" + i + "," + system + ",Child" + child + ",Kill" + tag + "," + born + ",U,," + type
                        + ",2025-01-06,Brought into custody.,\n");
            }
        }
        return file;
    }

    private long checkpoint(Path file) {
        return jdbc.sql("select coalesce(max(checkpoint), 0) from feeds_import where file_name = :f")
                .param("f", file.getFileName().toString()).query(Long.class).single();
    }

    private long events(String system) {
        return jdbc.sql("select count(*) from chronology_event where source_system = :s").param("s", system)
                .query(Long.class).single();
    }

    private String log(String name) {
        try {
            String text = Files.readString(dir.resolve(name));
            return text.length() > 3000 ? text.substring(text.length() - 3000) : text;
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
