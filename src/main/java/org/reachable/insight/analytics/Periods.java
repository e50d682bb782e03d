package org.reachable.insight.analytics;

import java.time.LocalDate;
import java.util.Map;

/**
 * A range of months split for the tables that hold year rows beside month rows (docs/decisions/0004): the whole
 * calendar years inside the range are read from the year rows (months = 12), the months before and after them from
 * the month rows (months = 1). So a query over eight years reads eight rows per hexagon or LSOA, not ninety-six.
 * Empty parts are ranges whose end is before their start. Dates are first days of months.
 */
record Periods(LocalDate yearFrom, LocalDate yearTo, LocalDate headFrom, LocalDate headTo, LocalDate tailFrom,
               LocalDate tailTo) {

    static Periods of(LocalDate from, LocalDate to) {
        int firstYear = from.getMonthValue() == 1 ? from.getYear() : from.getYear() + 1;
        int lastYear = to.getMonthValue() == 12 ? to.getYear() : to.getYear() - 1;
        if (firstYear > lastYear) {
            return new Periods(from, from.minusYears(1), from, to, to, to.minusMonths(1));
        }
        LocalDate yearFrom = LocalDate.of(firstYear, 1, 1);
        LocalDate yearTo = LocalDate.of(lastYear, 1, 1);
        LocalDate tailFrom = lastYear == to.getYear() ? to : LocalDate.of(lastYear + 1, 1, 1);
        LocalDate tailTo = lastYear == to.getYear() ? to.minusMonths(1) : to;
        return new Periods(yearFrom, yearTo, from, yearFrom.minusMonths(1), tailFrom, tailTo);
    }

    /** The named parameters of the condition every period query uses (see the queries' text blocks). */
    Map<String, Object> params() {
        return Map.of("yearFrom", yearFrom, "yearTo", yearTo, "headFrom", headFrom, "headTo", headTo,
                "tailFrom", tailFrom, "tailTo", tailTo);
    }
}
