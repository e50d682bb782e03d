package org.reachable.insight.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** How a cell reads on a page: thousands separators, and words for missing values. Used by the templates. */
@Component("tableCells")
class TableCells {

    /**
     * A shade for the hour-of-week tables (darker = more), so the table reads as a heat map; the numbers stay in the
     * cells, so nothing depends on colour. Empty for every other table and for the total column.
     */
    public String heat(org.reachable.insight.InsightTable table, int column, Object value) {
        if (!table.id().endsWith("hour-of-week") || isTotal(table, column) || !(value instanceof Long n)) {
            return "";
        }
        long max = 0;
        for (var row : table.rows()) {
            for (int c = 1; c < row.size(); c++) {
                if (!isTotal(table, c) && row.get(c) instanceof Long l) {
                    max = Math.max(max, l);
                }
            }
        }
        return max == 0 ? "" : "reachable-heat-" + Math.min(5, 1 + (int) (5 * n / (max + 1)));
    }

    private static boolean isTotal(org.reachable.insight.InsightTable table, int column) {
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
