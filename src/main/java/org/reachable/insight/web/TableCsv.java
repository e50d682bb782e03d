package org.reachable.insight.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reachable.insight.InsightTable;

/** Writes a table as CSV: headings, then rows; numbers unformatted, empty where not available or suppressed. */
final class TableCsv {

    private TableCsv() {
    }

    static void write(InsightTable table, Writer out) {
        try {
            CSVPrinter printer = CSVFormat.DEFAULT.print(out);
            printer.printRecord(table.columns().stream().map(InsightTable.Column::heading).toList());
            for (var row : table.rows()) {
                printer.printRecord(row.stream().map(TableCsv::cell).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal d -> d.toPlainString();
            default -> String.valueOf(value);
        };
    }
}
