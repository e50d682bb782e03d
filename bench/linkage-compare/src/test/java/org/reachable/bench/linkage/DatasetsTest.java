package org.reachable.bench.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsTest {

    @TempDir
    Path dir;

    @Test
    void febrl_truth_comes_from_the_record_id_and_windows_line_endings_are_read() throws Exception {
        Path file = dir.resolve("f.csv");
        Files.writeString(file, "rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode,"
                + " state, date_of_birth, soc_sec_id\r\n"
                + "rec-7-org, ann, smith, 1, high street, , town, 2000, nsw, 19800101, 123\r\n"
                + "rec-7-dup-0, anne, smith, 1, high street, , town, 2000, nsw, 19800101, 123\r\n"
                + "rec-8-org, bob, jones, 2, low street, , city, 3000, vic, 19700101, 456\r\n",
                StandardCharsets.UTF_8);

        Dataset d = Datasets.febrlDedupe("t", file);

        assertEquals(3, d.records().size());
        assertEquals("person-7", d.truth().get("rec-7-dup-0"));
        assertEquals("person-8", d.truth().get("rec-8-org"));
        assertEquals("123", d.records().getFirst().values().get("soc_sec_id"));
        assertEquals(false, d.records().getFirst().values().containsKey("address_2"));
    }

    @Test
    void clustering_files_round_trip_with_quoted_ids() throws Exception {
        Clustering c = new Clustering(new java.util.LinkedHashMap<>(java.util.Map.of("SCH-1/2", "x", "a,b", "x")));
        Path file = dir.resolve("p.csv");
        c.write(file);

        assertEquals(c.clusterOf(), Clustering.read(file).clusterOf());
        assertEquals("record_id,cluster_id", Files.readAllLines(file).getFirst());
    }

    @Test
    void csv_parser_handles_quotes_and_doubled_quotes() {
        List<List<String>> rows = Csv.parse("a,\"b,c\",\"say \"\"hi\"\"\"\n1,2,3");

        assertEquals(List.of("a", "b,c", "say \"hi\""), rows.get(0));
        assertEquals(List.of("1", "2", "3"), rows.get(1));
    }
}
