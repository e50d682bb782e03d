package org.reachable.insight.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every range of months is covered by its year rows and month rows exactly once, with no month outside it. */
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
                assertThat(covered(Periods.of(from, to))).as(from + " to " + to).isEqualTo(expected);
            }
        }
    }

    @Test
    void theWholeStoreIsReadFromYearRows() {
        Periods all = Periods.of(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 1));
        assertThat(all.yearFrom()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(all.yearTo()).isEqualTo(LocalDate.of(9999, 1, 1));
        assertThat(all.headTo()).isBefore(all.headFrom());
        assertThat(all.tailTo()).isBefore(all.tailFrom());
    }

    /** The months the query's condition selects, in order: year rows expanded to their months. */
    private static List<LocalDate> covered(Periods p) {
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate m = p.headFrom(); !m.isAfter(p.headTo()); m = m.plusMonths(1)) {
            months.add(m);
        }
        for (LocalDate y = p.yearFrom(); !y.isAfter(p.yearTo()); y = y.plusYears(1)) {
            for (int i = 0; i < 12; i++) {
                months.add(y.plusMonths(i));
            }
        }
        for (LocalDate m = p.tailFrom(); !m.isAfter(p.tailTo()); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
