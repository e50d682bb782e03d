package org.reachable.insight;

import java.util.List;

/**
 * One analysis as a table: the same object is shown on the page, written as CSV and returned by the API, so the
 * three can never disagree. Cells are strings, whole numbers (Long), decimals (BigDecimal) or null (not available,
 * or suppressed in published outputs).
 */
public record InsightTable(String id, String title, String note, List<Column> columns, List<List<Object>> rows) {

    public InsightTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }

    public record Column(String heading, boolean numeric) {

        public static Column text(String heading) {
            return new Column(heading, false);
        }

        public static Column number(String heading) {
            return new Column(heading, true);
        }
    }
}
