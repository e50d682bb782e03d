package org.reachable.platform.database;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Loads many rows with PostgreSQL's COPY (CSV), an order of magnitude faster than batched inserts. Joins the
 * current transaction when there is one. The caller passes its own constant {@code COPY ... FROM STDIN (FORMAT csv)}
 * statement, so each module still owns the SQL for its tables.
 * <p>
 * A few rows (the events API writes three to ten at a time) go as one multi-row INSERT instead: a COPY costs an extra
 * round trip and a fixed set-up in the server that outweighs its per-row gain below about a hundred rows (measured
 * with {@code pg_stat_statements} under the API benchmark: 0.3–0.5 ms per COPY of 3–5 rows). Both paths hand the
 * server the same text for every value, so a row is stored the same either way.
 */
@Component
public class BulkCopy {

    /**
     * Bytes (and characters) buffered before a write to the server. Small, because the buffers are allocated per
     * COPY and the events API copies a few rows at a time: 64 KB buffers were a third of its allocation, and larger
     * buffers did not make big COPYs faster.
     */
    private static final int BUFFER = 8 * 1024;
    /** Up to this many rows go as an INSERT rather than a COPY. */
    static final int INSERT_UP_TO = 64;
    private static final Pattern COPY = Pattern.compile(
            "(?is)\\s*copy\\s+([\\w.]+)\\s*\\(([^)]*)\\)\\s+from\\s+stdin\\s*\\(\\s*format\\s+csv\\s*\\)\\s*");

    private static final Map<String, String> INSERTS = new ConcurrentHashMap<>();

    private final DataSource dataSource;

    BulkCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Loads the rows with {@code copyStatement} ({@code COPY table (columns) FROM STDIN (FORMAT csv)}); the count. */
    public long copy(String copyStatement, Iterable<Object[]> rows) {
        Iterator<Object[]> iterator = rows.iterator();
        List<Object[]> first = new ArrayList<>();
        while (first.size() <= INSERT_UP_TO && iterator.hasNext()) {
            first.add(iterator.next());
        }
        if (first.isEmpty()) {
            return 0; // Nothing to load: no statement, which would cost a round trip for nothing.
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return first.size() <= INSERT_UP_TO
                    ? insert(connection, INSERTS.computeIfAbsent(copyStatement, BulkCopy::insertStatement), first)
                    : copy(connection, copyStatement, first, iterator);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static long copy(Connection connection, String copyStatement, List<Object[]> first,
                             Iterator<Object[]> rest) throws SQLException, IOException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long count = 0;
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                new PGCopyOutputStream(pg, copyStatement, BUFFER), StandardCharsets.UTF_8), BUFFER)) {
            for (Object[] row : first) {
                writeRow(out, row);
                count++;
            }
            while (rest.hasNext()) {
                writeRow(out, rest.next());
                count++;
            }
        }
        return count;
    }

    /**
     * The rows as one batch of inserts (sent as a multi-row INSERT: the pool sets {@code reWriteBatchedInserts}). Each
     * value goes as text of no declared type, so the server reads it with the column's input function, as COPY does.
     */
    private static long insert(Connection connection, String insert, List<Object[]> rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) {
                        statement.setNull(i + 1, Types.OTHER);
                    } else {
                        statement.setObject(i + 1, String.valueOf(row[i]), Types.OTHER);
                    }
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
        return rows.size();
    }

    /** {@code COPY t (a, b) FROM STDIN (FORMAT csv)} as {@code INSERT INTO t (a, b) VALUES (?, ?)}. */
    static String insertStatement(String copyStatement) {
        Matcher copy = COPY.matcher(copyStatement);
        if (!copy.matches()) {
            throw new IllegalArgumentException("Not a COPY ... FROM STDIN (FORMAT csv) statement: " + copyStatement);
        }
        int columns = copy.group(2).split(",").length;
        return "insert into " + copy.group(1) + " (" + copy.group(2).strip() + ") values ("
                + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
    }

    private static void writeRow(Writer out, Object[] row) throws IOException {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            Object value = row[i];
            if (value != null) {
                // Quoted, so an empty string stays empty rather than becoming NULL.
                out.write('"');
                out.write(String.valueOf(value).replace("\"", "\"\""));
                out.write('"');
            }
        }
        out.write('\n');
    }
}
