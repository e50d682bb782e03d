package org.reachable.insight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.reachable.insight.InsightTable.Column;

/**
 * Turns an analyst's table into one fit to publish: only the label and the chosen count columns are kept, the counts
 * go through {@link Suppression} (with a totals row, so secondary suppression protects the small cells), and rows
 * that are entirely zero are left out. Nothing derived from a hidden count (a rate, a change) is published.
 */
final class PublishedTables {

    private PublishedTables() {
    }

    static InsightTable suppressed(InsightTable table, List<Integer> countColumns, String totalLabel) {
        List<List<Object>> source = table.rows().stream()
                .filter(r -> !(r.getFirst() instanceof String s && (s.equals("All") || s.equals("(none)"))))
                .toList();
        long[][] counts = new long[source.size()][countColumns.size()];
        for (int r = 0; r < source.size(); r++) {
            for (int c = 0; c < countColumns.size(); c++) {
                counts[r][c] = source.get(r).get(countColumns.get(c)) instanceof Long n ? n : 0;
            }
        }
        Suppression.Published published = Suppression.publish(counts);
        List<Column> columns = new ArrayList<>(List.of(table.columns().getFirst()));
        countColumns.forEach(c -> columns.add(table.columns().get(c)));
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < source.size(); r++) {
            List<Object> row = new ArrayList<>(List.of(label(source.get(r), table)));
            row.addAll(Arrays.asList(published.cells()[r]));
            rows.add(row);
        }
        List<Object> total = new ArrayList<>(List.of(totalLabel));
        total.addAll(Arrays.asList(published.columnTotals()));
        rows.add(total);
        return new InsightTable(table.id(), table.title(), "Counts from 1 to 4, and any count from which one could be "
                + "worked out, are shown as a dash.", columns, rows);
    }

    /** Stop and search by group: searches suppressed, and the rate shown only where the count is. */
    static InsightTable searchRates(InsightTable table) {
        InsightTable counts = suppressed(table, List.of(1), "All groups");
        int rateColumn = table.columns().stream().map(Column::heading).toList().indexOf("Rate per 1,000");
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < counts.rows().size(); r++) {
            List<Object> row = new ArrayList<>(counts.rows().get(r));
            boolean shown = row.get(1) != null && r < table.rows().size() && rateColumn > 0
                    && !(table.rows().get(r).getFirst() instanceof String s && s.startsWith("All"));
            row.add(shown ? table.rows().get(r).get(rateColumn) : null);
            rows.add(row);
        }
        List<Column> columns = new ArrayList<>(counts.columns());
        columns.add(Column.number("Rate per 1,000 residents"));
        return new InsightTable(table.id(), table.title(), counts.note()
                + " Rates use Census 2021 residents of London.", columns, rows);
    }

    private static Object label(List<Object> row, InsightTable table) {
        // The borough table's first column is the code; its second is the name, which reads better.
        return table.id().equals(Analysis.INCIDENTS_BY_BOROUGH.slug()) ? row.get(1) : row.getFirst();
    }
}
