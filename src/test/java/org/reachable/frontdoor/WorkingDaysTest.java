package org.reachable.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working-day clocks across weekends, Christmas, New Year and Easter, with answers worked out by hand. */
class WorkingDaysTest {

    private final WorkingDays calendar = WorkingDays.england();

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-20 | 1  | 2026-11-23 | Friday: decision due Monday
            2026-11-21 | 1  | 2026-11-23 | Saturday: due Monday
            2026-11-22 | 1  | 2026-11-23 | Sunday: due Monday
            2026-11-23 | 1  | 2026-11-24 | Monday: due Tuesday
            2026-11-23 | 0  | 2026-11-23 | no working days: the same day
            2026-12-23 | 1  | 2026-12-24 | Christmas Eve is a working day
            2026-12-24 | 1  | 2026-12-29 | Christmas Day Friday, weekend, Boxing Day substitute Monday 28th
            2026-12-31 | 1  | 2027-01-04 | New Year's Day 2027 is a Friday
            2027-12-24 | 1  | 2027-12-29 | Christmas and Boxing Day at a weekend: substitutes Monday 27th and Tuesday 28th
            2027-12-31 | 1  | 2028-01-04 | New Year's Day 2028 is a Saturday: substitute Monday 3rd
            2024-03-28 | 1  | 2024-04-02 | Easter 2024: Good Friday 29 March, Easter Monday 1 April
            2025-04-17 | 1  | 2025-04-22 | Easter 2025: Good Friday 18 April, Easter Monday 21 April
            2026-04-02 | 1  | 2026-04-07 | Easter 2026: Good Friday 3 April, Easter Monday 6 April
            2027-03-25 | 1  | 2027-03-30 | Easter 2027: Good Friday 26 March, Easter Monday 29 March
            2028-04-13 | 1  | 2028-04-18 | Easter 2028: Good Friday 14 April, Easter Monday 17 April
            2026-12-14 | 15 | 2027-01-07 | ICPC after a strategy discussion across Christmas and New Year
            2026-03-20 | 15 | 2026-04-14 | ICPC after a strategy discussion across Easter
            2026-03-02 | 45 | 2026-05-07 | Assessment across Easter and the early May bank holiday
            2026-05-22 | 2  | 2026-05-27 | Spring bank holiday Monday 25 May
            """)
    void addsWorkingDays(LocalDate from, int days, LocalDate expected, String why) {
        assertThat(calendar.plus(from, days)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} to {1}: {2} working days")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-23 | 2026-11-23 | 0
            2026-11-20 | 2026-11-23 | 1
            2026-11-20 | 2026-11-22 | 0
            2026-12-24 | 2026-12-29 | 1
            2026-12-24 | 2027-01-04 | 4
            2026-04-02 | 2026-04-07 | 1
            2026-11-25 | 2026-11-20 | 0
            """)
    void countsWorkingDaysBetween(LocalDate from, LocalDate to, int expected) {
        assertThat(calendar.between(from, to)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: out of hours {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-23T10:00:00Z | false | Monday morning in winter (GMT)
            2026-11-23T08:59:00Z | true  | before nine
            2026-11-23T17:00:00Z | true  | five o'clock is out of hours
            2026-11-21T12:00:00Z | true  | Saturday
            2026-12-25T11:00:00Z | true  | Christmas Day
            2026-07-06T08:30:00Z | false | 09:30 in summer (BST)
            2026-07-06T07:30:00Z | true  | 08:30 in summer (BST)
            2026-07-06T16:30:00Z | true  | 17:30 in summer (BST)
            """)
    void marksOutOfHours(String at, boolean expected, String why) {
        assertThat(calendar.isOutOfHours(Instant.parse(at))).as(why).isEqualTo(expected);
    }

    @Test
    void theBankHolidayFileCoversTwentyTwentyFourToTwentyTwentyEightOnWeekdaysOnly() {
        assertThat(calendar.coveredUntil()).isEqualTo(LocalDate.of(2028, 12, 31));
        IntStream.rangeClosed(2024, 2028).forEach(year -> {
            long holidays = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                    .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
                    .filter(d -> !calendar.isWorkingDay(d)).count();
            assertThat(holidays).as("England and Wales bank holidays in " + year).isEqualTo(8);
        });
    }

    @Test
    void aDecisionOnTheDueDayIsOnTimeAndTheNextDayIsLate() {
        assertThat(MashQueue.clockOf(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 24)))
                .isEqualTo(QueueItem.Clock.ON_TIME);
        assertThat(MashQueue.clockOf(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 29)))
                .isEqualTo(QueueItem.Clock.DUE_TODAY);
        assertThat(MashQueue.clockOf(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30)))
                .isEqualTo(QueueItem.Clock.OVERDUE);
        OffsetDateTime decided = OffsetDateTime.parse("2026-12-29T23:30:00Z");
        assertThat(WorkingDays.londonDate(decided.toInstant())).isEqualTo(LocalDate.of(2026, 12, 29));
    }
}
