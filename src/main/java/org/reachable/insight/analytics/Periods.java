package org.reachable.insight.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A range of months split for the tables that hold quarter and year rows beside month rows (docs/decisions/0004):
 * the whole calendar years inside the range are read from the year rows (months = 12), the whole quarters left at
 * either end from the quarter rows (months = 3), and the months left over from the month rows (months = 1). A range
 * of any length reads at most four month rows and six quarter rows per hexagon or LSOA besides its years. Each part
 * is a range of first days (of months, quarters or years); an empty part ends before it starts.
 */
record Periods(Range years, Range headQuarters, Range tailQuarters, Range headMonths, Range tailMonths) {

    record Range(LocalDate from, LocalDate to) {

        static final Range EMPTY = new Range(LocalDate.of(1800, 2, 1), LocalDate.of(1800, 1, 1));
    }

    /** Months between the quarter rows, quarters between the year rows. */
    private record Segment(Range monthsBefore, Range quarters, Range monthsAfter) {

        /** A tail's months: after its quarters, or all of it when it has no whole quarter. */
        Range months() {
            return quarters == Range.EMPTY ? monthsBefore : monthsAfter;
        }
    }

    static Periods of(LocalDate from, LocalDate to) {
        int firstYear = from.getMonthValue() == 1 ? from.getYear() : from.getYear() + 1;
        int lastYear = to.getMonthValue() == 12 ? to.getYear() : to.getYear() - 1;
        if (firstYear > lastYear) {
            Segment all = segment(from, to);
            return new Periods(Range.EMPTY, all.quarters(), Range.EMPTY, all.monthsBefore(), all.monthsAfter());
        }
        LocalDate yearFrom = LocalDate.of(firstYear, 1, 1);
        Segment head = from.isBefore(yearFrom) ? segment(from, yearFrom.minusMonths(1)) : null;
        Segment tail = lastYear < to.getYear() ? segment(LocalDate.of(lastYear + 1, 1, 1), to) : null;
        return new Periods(new Range(yearFrom, LocalDate.of(lastYear, 1, 1)),
                head == null ? Range.EMPTY : head.quarters(), tail == null ? Range.EMPTY : tail.quarters(),
                head == null ? Range.EMPTY : head.monthsBefore(), tail == null ? Range.EMPTY : tail.months());
    }

    /**
     * Splits [from, to] (less than two years, inside one stretch between whole years) into the months before the
     * first whole quarter, the whole quarters, and the months after. A head ends at a year's end and a tail starts
     * at a year's start, so each has months on one side only.
     */
    private static Segment segment(LocalDate from, LocalDate to) {
        LocalDate firstQuarter = quarterStart(from).equals(from) ? from : quarterStart(from).plusMonths(3);
        LocalDate lastQuarter = to.getMonthValue() % 3 == 0 ? quarterStart(to) : quarterStart(to).minusMonths(3);
        if (firstQuarter.isAfter(lastQuarter)) {
            return new Segment(new Range(from, to), Range.EMPTY, Range.EMPTY);
        }
        return new Segment(new Range(from, firstQuarter.minusMonths(1)), new Range(firstQuarter, lastQuarter),
                new Range(lastQuarter.plusMonths(3), to));
    }

    static LocalDate quarterStart(LocalDate month) {
        return month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1);
    }

    /** The named parameters of the condition every period query uses (see the queries' text blocks). */
    Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        put(params, "year", years);
        put(params, "headQuarter", headQuarters);
        put(params, "tailQuarter", tailQuarters);
        put(params, "headMonth", headMonths);
        put(params, "tailMonth", tailMonths);
        return params;
    }

    private static void put(Map<String, Object> params, String name, Range range) {
        params.put(name + "From", range.from());
        params.put(name + "To", range.to());
    }

    /** Every part, for tests: (rows' months level, range). */
    List<Map.Entry<Integer, Range>> parts() {
        List<Map.Entry<Integer, Range>> parts = new ArrayList<>();
        parts.add(Map.entry(1, headMonths));
        parts.add(Map.entry(3, headQuarters));
        parts.add(Map.entry(12, years));
        parts.add(Map.entry(3, tailQuarters));
        parts.add(Map.entry(1, tailMonths));
        return parts;
    }
}
