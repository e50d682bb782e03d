package org.reachable.insight.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every range of months is covered by its year, quarter and month rows exactly once, with no month outside it, and
 * reads at most two month rows and six quarter rows besides whole years.
 */
class PeriodsTest {

    @Test
    void everyMonthOfTheRangeIsReadOnceAndNoOther() {
        LocalDate start = LocalDate.of(2014, 1, 1);
        for (int f = 0; f < 60; f++) {
            for (int t = f; t < 60; t++) {
                LocalDate from = start.plusMonths(f);
                LocalDate to = start.plusMonths(t);
                List<LocalDate> expected = new ArrayList<>();
                for (LocalDate m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                    expected.add(m);
                }
                Periods periods = Periods.of(from, to);
                assertThat(covered(periods)).as(from + " to " + to).isEqualTo(expected);
                assertThat(rows(periods, 1)).as("month rows " + from + " to " + to).isLessThanOrEqualTo(4);
                assertThat(rows(periods, 3)).as("quarter rows " + from + " to " + to).isLessThanOrEqualTo(6);
            }
        }
    }

    @Test
    void theWholeStoreIsReadFromYearRows() {
        Periods all = Periods.of(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 1));
        assertThat(all.years()).isEqualTo(new Periods.Range(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 1, 1)));
        assertThat(rows(all, 1) + rows(all, 3)).isZero();
    }

    /** The months the query's condition selects, in order: year and quarter rows expanded to their months. */
    private static List<LocalDate> covered(Periods p) {
        List<LocalDate> months = new ArrayList<>();
        for (Map.Entry<Integer, Periods.Range> part : p.parts()) {
            int step = part.getKey();
            for (LocalDate m = part.getValue().from(); !m.isAfter(part.getValue().to()); m = m.plusMonths(step)) {
                for (int i = 0; i < step; i++) {
                    months.add(m.plusMonths(i));
                }
            }
        }
        return months;
    }

    private static long rows(Periods p, int level) {
        long rows = 0;
        for (Map.Entry<Integer, Periods.Range> part : p.parts()) {
            for (LocalDate m = part.getValue().from(); part.getKey() == level && !m.isAfter(part.getValue().to());
                 m = m.plusMonths(level)) {
                rows++;
            }
        }
        return rows;
    }
}
