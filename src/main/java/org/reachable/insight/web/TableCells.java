package org.reachable.insight.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** How a cell reads on a page: thousands separators, and words for missing values. Used by the templates. */
@Component("tableCells")
class TableCells {

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
