package org.reachable.insight.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reachable.insight.InsightMaps;
import org.reachable.insight.InsightTable;
import org.springframework.stereotype.Component;

/** How a cell reads on a page: thousands separators, and words for missing values. Used by the templates. */
@Component("tableCells")
class TableCells {

    /** A cell as shown: its text and its CSS classes. */
    public record ShownCell(String text, String classes) {
    }

    /** A row as shown: the row header (the first column) and the other cells. */
    public record ShownRow(String header, List<ShownCell> cells) {
    }

    /**
     * Every row worked out once in Java, so a table of thousands of rows (every LSOA in London) renders without an
     * expression per cell in the template.
     */
    List<ShownRow> rows(InsightTable table) {
        long max = table.id().endsWith("hour-of-week") ? heatMaximum(table) : 0;
        List<ShownRow> rows = new ArrayList<>(table.rows().size());
        for (List<Object> row : table.rows()) {
            List<ShownCell> cells = new ArrayList<>(row.size());
            for (int c = 1; c < row.size(); c++) {
                Object value = row.get(c);
                String classes = "govuk-table__cell" + (table.columns().get(c).numeric()
                        ? " govuk-table__cell--numeric" : "");
                if (max > 0 && !isTotal(table, c) && value instanceof Long n) {
                    classes += " " + heatClass(n, max);
                }
                cells.add(new ShownCell(show(value), classes));
            }
            rows.add(new ShownRow(show(row.getFirst()), cells));
        }
        return rows;
    }

    /**
     * A shade for the hour-of-week tables (darker = more), so the table reads as a heat map; the numbers stay in the
     * cells, so nothing depends on colour. Empty for every other table and for the total column.
     */
    /** Area counts (code, incidents) worked out once, for the map page's table of every LSOA in view. */
    List<ShownRow> areaRows(List<InsightMaps.AreaCount> areas) {
        List<ShownRow> rows = new ArrayList<>(areas.size());
        for (InsightMaps.AreaCount area : areas) {
            rows.add(new ShownRow(area.code(), List.of(new ShownCell(show(area.incidents()),
                    "govuk-table__cell govuk-table__cell--numeric"))));
        }
        return rows;
    }

    public String heat(InsightTable table, int column, Object value) {
        if (!table.id().endsWith("hour-of-week") || isTotal(table, column) || !(value instanceof Long n)) {
            return "";
        }
        long max = heatMaximum(table);
        return max == 0 ? "" : heatClass(n, max);
    }

    private static long heatMaximum(InsightTable table) {
        long max = 0;
        for (var row : table.rows()) {
            for (int c = 1; c < row.size(); c++) {
                if (!isTotal(table, c) && row.get(c) instanceof Long l) {
                    max = Math.max(max, l);
                }
            }
        }
        return max;
    }

    private static String heatClass(long n, long max) {
        return "reachable-heat-" + Math.min(5, 1 + (int) (5 * n / (max + 1)));
    }

    private static boolean isTotal(InsightTable table, int column) {
        return table.columns().get(column).heading().equals("Total");
    }

    public String show(Object value) {
        return switch (value) {
            case null -> "–";
            case Long n -> NumberFormat.getIntegerInstance(Locale.UK).format(n);
            case BigDecimal d -> {
                NumberFormat f = NumberFormat.getNumberInstance(Locale.UK);
                f.setMinimumFractionDigits(d.scale());
                f.setMaximumFractionDigits(d.scale());
                yield f.format(d);
            }
            default -> String.valueOf(value);
        };
    }
}
