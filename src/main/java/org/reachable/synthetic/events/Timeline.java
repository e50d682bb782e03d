package org.reachable.synthetic.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.reachable.synthetic.place.SchoolCalendar;
import org.reachable.synthetic.support.Rng;
import org.reachable.synthetic.support.Weighted;

/**
 * The three years of history up to {@code today} (exclusive), and when in a month things tend to happen: violence
 * against children peaks on school days between 15:00 and 17:00 and in May to July; social care works office hours;
 * schools record in school hours.
 */
public final class Timeline {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final int YEARS = 3;
    /** Share of under-18s' violence on school days, and of that, the share just after school (seeds: 69%, ~1/3). */
    static final double SCHOOL_DAY_SHARE = 0.69;
    static final double AFTER_SCHOOL_SHARE = 0.42;

    private static final Weighted<Integer> VIOLENCE_HOURS = hours(3, 2, 1.5, 1, 0.5, 0.5, 0.5, 1, 2, 2, 2, 3, 4, 4, 5,
            7, 8, 8, 8, 8, 7, 6, 5, 4);
    private static final Weighted<Integer> ANY_HOURS = hours(1, 0.5, 0.5, 0.3, 0.3, 0.3, 0.5, 2, 4, 5, 5, 5, 5, 5, 5,
            5, 5, 5, 5, 4, 4, 3, 2, 1.5);

    private final LocalDate today;
    private final LocalDate start;
    private final Instant now;
    private final List<YearMonth> months = new ArrayList<>();

    public Timeline(LocalDate today) {
        this.today = today;
        this.start = today.minusYears(YEARS);
        this.now = today.atStartOfDay(LONDON).toInstant();
        for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(today.minusDays(1))); m = m.plusMonths(1)) {
            months.add(m);
        }
    }

    public LocalDate today() {
        return today;
    }

    public LocalDate start() {
        return start;
    }

    /** The first instant of {@code today}: every event happened before it. */
    public Instant now() {
        return now;
    }

    public List<YearMonth> months() {
        return months;
    }

    public LocalDate firstDay(YearMonth month) {
        LocalDate first = month.atDay(1);
        return first.isBefore(start) ? start : first;
    }

    public LocalDate lastDay(YearMonth month) {
        LocalDate last = month.atEndOfMonth();
        return last.isBefore(today) ? last : today.minusDays(1);
    }

    /** The part of the month inside the window, as a fraction of a year (for turning yearly rates into means). */
    public double years(YearMonth month) {
        return (lastDay(month).toEpochDay() - firstDay(month).toEpochDay() + 1) / 365.25;
    }

    /** Violence is more common from May to July and less in midwinter. */
    public static double season(YearMonth month) {
        return switch (month.getMonthValue()) {
            case 5, 6, 7 -> 1.4;
            case 8 -> 1.1;
            case 12, 1, 2 -> 0.8;
            default -> 1.0;
        };
    }

    public Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(LONDON).toInstant();
    }

    public static LocalDate date(Instant instant) {
        return instant.atZone(LONDON).toLocalDate();
    }

    public boolean isPast(Instant instant) {
        return instant.isBefore(now);
    }

    public Instant violence(YearMonth month, boolean underEighteen, Rng rng) {
        if (!underEighteen) {
            return at(day(month, d -> true, rng), VIOLENCE_HOURS.pick(rng), rng.below(60));
        }
        boolean schoolDay = rng.chance(SCHOOL_DAY_SHARE);
        LocalDate day = day(month, d -> SchoolCalendar.isSchoolDay(d) == schoolDay, rng);
        if (SchoolCalendar.isSchoolDay(day) && rng.chance(AFTER_SCHOOL_SHARE)) {
            return at(day, 15 + rng.below(2), rng.below(60));
        }
        return at(day, VIOLENCE_HOURS.pick(rng), rng.below(60));
    }

    public Instant schoolHours(YearMonth month, Rng rng) {
        return at(day(month, SchoolCalendar::isSchoolDay, rng), rng.between(8, 14), rng.below(60));
    }

    public Instant officeHours(YearMonth month, Rng rng) {
        return at(day(month, SchoolCalendar::isWorkingDay, rng), rng.between(9, 16), rng.below(60));
    }

    public Instant evening(YearMonth month, Rng rng) {
        return at(day(month, d -> true, rng), rng.between(16, 23), rng.below(60));
    }

    public Instant anyTime(YearMonth month, Rng rng) {
        return at(day(month, d -> true, rng), ANY_HOURS.pick(rng), rng.below(60));
    }

    /** An instant between {@code minHours} and {@code maxHours} after {@code from} (may be after now). */
    public static Instant later(Instant from, double minHours, double maxHours, Rng rng) {
        return from.plusSeconds((long) (rng.uniform(minHours, maxHours) * 3600));
    }

    /** A time in office hours (09:00-17:00 on a working day) at or after {@code from}. */
    public Instant nextWorkingDay(Instant from, Rng rng) {
        LocalDate day = date(from);
        int earliest = from.atZone(LONDON).getHour() + 1;
        if (from.atZone(LONDON).getHour() < 9) {
            earliest = 9;
        }
        while (!SchoolCalendar.isWorkingDay(day) || earliest > 16) {
            day = day.plusDays(1);
            earliest = 9;
        }
        return at(day, rng.between(earliest, 16), rng.below(60));
    }

    /** Office hours, some time between {@code minHours} and {@code maxHours} after {@code from}. */
    public Instant officeHoursAfter(Instant from, double minHours, double maxHours, Rng rng) {
        return nextWorkingDay(later(from, minHours, maxHours, rng), rng);
    }

    private LocalDate day(YearMonth month, Predicate<LocalDate> wanted, Rng rng) {
        LocalDate first = firstDay(month);
        int span = (int) (lastDay(month).toEpochDay() - first.toEpochDay());
        LocalDate day = first.plusDays(rng.between(0, Math.max(0, span)));
        for (int tries = 0; tries < 25 && !wanted.test(day); tries++) {
            day = first.plusDays(rng.between(0, Math.max(0, span)));
        }
        return day;
    }

    private static Weighted<Integer> hours(double... weights) {
        Weighted.Builder<Integer> builder = Weighted.builder();
        for (int h = 0; h < weights.length; h++) {
            builder.add(h, weights[h]);
        }
        return builder.build();
    }
}
