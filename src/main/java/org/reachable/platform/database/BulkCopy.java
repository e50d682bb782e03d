package org.reachable.platform.database;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Loads many rows with PostgreSQL's COPY (CSV), an order of magnitude faster than batched inserts. Joins the
 * current transaction when there is one. The caller passes its own constant {@code COPY ... FROM STDIN (FORMAT csv)}
 * statement, so each module still owns the SQL for its tables.
 */
@Component
public class BulkCopy {

    private final DataSource dataSource;

    BulkCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long copy(String copyStatement, Iterable<Object[]> rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            long count = 0;
            try (Writer out = new BufferedWriter(new OutputStreamWriter(
                    new PGCopyOutputStream(pg, copyStatement, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
                for (Object[] row : rows) {
                    writeRow(out, row);
                    count++;
                }
            }
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
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
