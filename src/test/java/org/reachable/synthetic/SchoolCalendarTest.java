package org.reachable.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reachable.synthetic.place.SchoolCalendar;

class SchoolCalendarTest {

    @Test
    void bankHolidaysIncludeEasterAndSubstituteDays() {
        assertThat(SchoolCalendar.isBankHoliday(LocalDate.of(2024, 3, 29))).as("Good Friday 2024").isTrue();
        assertThat(SchoolCalendar.isBankHoliday(LocalDate.of(2025, 4, 21))).as("Easter Monday 2025").isTrue();
        assertThat(SchoolCalendar.isBankHoliday(LocalDate.of(2022, 12, 27))).as("substitute Christmas").isTrue();
        assertThat(SchoolCalendar.isBankHoliday(LocalDate.of(2025, 5, 26))).as("spring bank holiday").isTrue();
        assertThat(SchoolCalendar.isBankHoliday(LocalDate.of(2025, 5, 27))).isFalse();
    }

    @Test
    void schoolDaysAreTermTimeWeekdays() {
        assertThat(SchoolCalendar.isSchoolDay(LocalDate.of(2025, 3, 12))).as("a Wednesday in March").isTrue();
        assertThat(SchoolCalendar.isSchoolDay(LocalDate.of(2025, 3, 15))).as("a Saturday").isFalse();
        assertThat(SchoolCalendar.isSchoolDay(LocalDate.of(2025, 8, 6))).as("summer holiday").isFalse();
        assertThat(SchoolCalendar.isSchoolDay(LocalDate.of(2024, 12, 23))).as("Christmas holiday").isFalse();
        assertThat(SchoolCalendar.isSchoolDay(LocalDate.of(2025, 10, 29))).as("October half-term").isFalse();
        assertThat(SchoolCalendar.isWorkingDay(LocalDate.of(2025, 10, 29))).isTrue();
    }
}
