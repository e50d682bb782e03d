package org.reachable.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.reachable.support.ReachableTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A few rows go as an INSERT, many as a COPY: both must store exactly the same values (empty text stays empty, a
 * missing value is NULL, quotes, commas and new lines survive, dates, instants, UUIDs, arrays and JSON are read by the
 * column's type), and a bad value fails the whole load either way.
 */
@ReachableTest
class BulkCopyTest {

    @Autowired
    BulkCopy bulk;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void fewRowsAndManyRowsAreStoredAlike() {
        String table = "bulk_copy_test_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("create table " + table + " (batch text, n int, id uuid, at timestamptz, born date, note text,"
                + " flag boolean, tags text[], details jsonb)").update();
        try {
            int few = BulkCopy.INSERT_UP_TO / 2;
            int many = BulkCopy.INSERT_UP_TO * 3;
            transactions.executeWithoutResult(s -> {
                assertThat(bulk.copy(copy(table), rows("few", few))).isEqualTo(few);
                assertThat(bulk.copy(copy(table), rows("many", many))).isEqualTo(many);
            });
            for (int n = 0; n < few; n++) {
                assertThat(row(table, "few", n)).as("row %d", n).isEqualTo(row(table, "many", n));
            }
            assertThat(row(table, "few", 1)).isEqualTo(List.of("1", "00000000-0000-0000-0000-000000000001",
                    "2026-11-22 10:15:30+00", "2010-03-04", "said \"no\", then\nleft", "true", "{a,\"b c\"}",
                    "{\"reason\": \"ASSAULT\"}"));
            assertThat(row(table, "few", 0)).as("empty text stays empty; missing values are NULL")
                    .isEqualTo(listOf("0", "00000000-0000-0000-0000-000000000000", null, null, "", "false", null,
                            null));
            assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single())
                    .isEqualTo(few + many);
        } finally {
            jdbc.sql("drop table " + table).update();
        }
    }

    @Test
    void aBadValueFailsTheWholeLoadEitherWay() {
        String table = "bulk_copy_test_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("create table " + table + " (batch text, n int, id uuid, at timestamptz, born date, note text,"
                + " flag boolean, tags text[], details jsonb)").update();
        try {
            for (int size : new int[] {3, BulkCopy.INSERT_UP_TO * 2}) {
                List<Object[]> rows = rows("bad", size);
                rows.get(size - 1)[4] = "2010-02-31";
                assertThatThrownBy(() -> transactions.executeWithoutResult(s -> bulk.copy(copy(table), rows)))
                        .hasStackTraceContaining("2010-02-31");
            }
            assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).isZero();
        } finally {
            jdbc.sql("drop table " + table).update();
        }
    }

    @Test
    void onlyACsvCopyFromStandardInputCanBeTurnedIntoAnInsert() {
        assertThat(BulkCopy.insertStatement("copy t (a, b,\n c) from stdin (format csv)"))
                .isEqualTo("insert into t (a, b,\n c) values (?, ?, ?)");
        assertThatThrownBy(() -> BulkCopy.insertStatement("copy t (a) from '/etc/passwd'"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String copy(String table) {
        return "copy " + table + " (batch, n, id, at, born, note, flag, tags, details) from stdin (format csv)";
    }

    private static List<Object[]> rows(String batch, int count) {
        return new ArrayList<>(IntStream.range(0, count).mapToObj(n -> n == 0
                ? new Object[] {batch, n, new UUID(0, n), null, null, "", false, null, null}
                : new Object[] {batch, n, new UUID(0, n), Instant.parse("2026-11-22T10:15:30Z").plusSeconds(n - 1),
                        LocalDate.of(2010, 3, 4).plusDays(n - 1), "said \"no\", then\nleft", true, "{a,\"b c\"}",
                        "{\"reason\":\"ASSAULT\"}"}).toList());
    }

    private List<String> row(String table, String batch, int n) {
        return jdbc.sql("select n::text, id::text, to_char(at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS')"
                        + " || case when at is null then null else '+00' end, born::text, note, flag::text,"
                        + " tags::text, details::text from " + table + " where batch = :batch and n = :n")
                .param("batch", batch).param("n", n)
                .query((rs, i) -> {
                    List<String> values = new ArrayList<>();
                    for (int c = 1; c <= 8; c++) {
                        values.add(rs.getString(c));
                    }
                    return values;
                }).single();
    }

    private static List<String> listOf(String... values) {
        return java.util.Arrays.asList(values);
    }
}
