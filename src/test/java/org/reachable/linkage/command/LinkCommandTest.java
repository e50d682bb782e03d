package org.reachable.linkage.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.linkage.TestChecks;

/** The link command: every record gets a cluster, and bad input gets a clear message and exit code, no trace. */
class LinkCommandTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int link(String... args) {
        return new LinkCommand(List.of(TestChecks.INSTANCE)).run(args, new PrintWriter(out, true),
                new PrintWriter(err, true));
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void readsCrlfAndAByteOrderMarkAndWritesAClusterForEveryRecord() throws IOException {
        StringBuilder csv = new StringBuilder("\uFEFFid, given, family, dob, who\r\n");
        for (int n = 0; n < 60; n++) {
            String given = List.of("Amy", "Ben", "Cara", "Dev", "Ema", "Femi").get(n % 6);
            String family = List.of("Smith", "Okafor", "Nowak", "Patel", "Khan", "Evans", "Osei", "Hall", "King",
                    "Moore").get(n % 10) + List.of("", "ley", "ton", "ford", "wood", "well").get(n / 10);
            String row = given + ", " + family + ", 20" + (10 + n % 7) + String.format("%02d", 1 + n % 12) + "1"
                    + (n % 9);
            csv.append("r").append(n).append("a, ").append(row).append(", p").append(n).append("\r\n");
            csv.append("r").append(n).append("b, ").append(row).append(", p").append(n).append("\r\n");
        }
        Path input = file("people.csv", csv.toString());
        Path output = dir.resolve("clusters.csv");

        int code = link("--input", input.toString(), "--id", "id", "--given", "given", "--family", "family",
                "--dob", "dob", "--dob-format", "yyyyMMdd", "--truth-column", "who", "--out", output.toString());

        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(output);
        assertThat(lines.getFirst()).isEqualTo("record_id,cluster_id");
        assertThat(lines).hasSize(121);
        assertThat(out.toString()).contains("candidate pairs", "reduction ratio", "Time:", "F1 1.0000");
    }

    @Test
    void aMissingColumnIsNamedWithTheOptionAndTheColumnsThereAre() throws IOException {
        Path input = file("a.csv", "id,first\n1,Amy\n");
        int code = link("--input", input.toString(), "--id", "id", "--given", "given_name", "--out", "x.csv");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Column 'given_name' (--given) is not in a.csv", "[id, first]")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void badArgumentsAndFilesGetAClearMessage() throws IOException {
        assertThat(link("--input", dir.resolve("none.csv").toString(), "--id", "id", "--given", "g", "--out",
                "x.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("Cannot find input file");

        Path latin1 = Files.write(dir.resolve("l.csv"),
                "id,given\n1,Ren\u00e9e\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(link("--input", latin1.toString(), "--id", "id", "--given", "given", "--out", "x.csv"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("l.csv is not valid UTF-8");

        Path one = file("one.csv", "id,given\n1,Amy\n");
        assertThat(link("--input", one.toString(), "--link", "--id", "id", "--given", "given", "--out", "x.csv"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--link needs exactly two --input files");

        Path ragged = file("ragged.csv", "id,given\n1,Amy,extra\n");
        assertThat(link("--input", ragged.toString(), "--id", "id", "--given", "given", "--out", "x.csv"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("ragged.csv line 2 has 3 fields but the header has 2")
                .doesNotContain("\tat ");
    }
}
