package org.reachable.synthetic.place;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;

/**
 * An approximate English school and working calendar: weekends, bank holidays (England and Wales), and school
 * holidays (Christmas, Easter, summer and three half-terms). Good enough to put school-day events on school days.
 */
public final class SchoolCalendar {

    private SchoolCalendar() {
    }

    public static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    public static boolean isWorkingDay(LocalDate day) {
        return !isWeekend(day) && !isBankHoliday(day);
    }

    public static boolean isSchoolDay(LocalDate day) {
        return isWorkingDay(day) && !isSchoolHoliday(day);
    }

    static boolean isSchoolHoliday(LocalDate day) {
        MonthDay md = MonthDay.from(day);
        boolean summer = !md.isBefore(MonthDay.of(7, 22)) && !md.isAfter(MonthDay.of(9, 2));
        boolean christmas = !md.isBefore(MonthDay.of(12, 20)) || !md.isAfter(MonthDay.of(1, 4));
        if (summer || christmas) {
            return true;
        }
        LocalDate easter = easterSunday(day.getYear());
        if (!day.isBefore(easter.minusDays(9)) && !day.isAfter(easter.plusDays(8))) {
            return true;
        }
        return inHalfTermWeek(day, LocalDate.of(day.getYear(), 10, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)))
                || inHalfTermWeek(day, LocalDate.of(day.getYear(), 2, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY)))
                || inHalfTermWeek(day, LocalDate.of(day.getYear(), 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    }

    private static boolean inHalfTermWeek(LocalDate day, LocalDate monday) {
        return !day.isBefore(monday) && day.isBefore(monday.plusDays(5));
    }

    public static boolean isBankHoliday(LocalDate day) {
        int year = day.getYear();
        LocalDate easter = easterSunday(year);
        return day.equals(substitute(LocalDate.of(year, 1, 1)))
                || day.equals(easter.minusDays(2)) || day.equals(easter.plusDays(1))
                || day.equals(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)))
                || day.equals(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)))
                || day.equals(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)))
                || isChristmasHoliday(day);
    }

    private static boolean isChristmasHoliday(LocalDate day) {
        LocalDate christmas = LocalDate.of(day.getYear(), 12, 25);
        LocalDate christmasOff = substitute(christmas);
        LocalDate boxingOff = substitute(christmas.plusDays(1));
        if (boxingOff.equals(christmasOff)) {
            boxingOff = boxingOff.plusDays(1);
        }
        return day.equals(christmasOff) || day.equals(boxingOff);
    }

    /** A bank holiday falling at a weekend moves to the next weekday. */
    private static LocalDate substitute(LocalDate day) {
        LocalDate d = day;
        while (isWeekend(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
