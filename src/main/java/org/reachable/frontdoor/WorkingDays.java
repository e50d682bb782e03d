package org.reachable.frontdoor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in England: Monday to Friday except England and Wales bank holidays (substitute days included), read
 * from a file in the gov.uk bank-holidays.json format shipped with the application, so nothing is fetched at run time.
 * Working Together counts "within N working days" from the day of receipt: the day itself is not counted, and the
 * step is due by the end of the N-th working day after it.
 */
public final class WorkingDays {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalTime OFFICE_OPENS = LocalTime.of(9, 0);
    static final LocalTime OFFICE_CLOSES = LocalTime.of(17, 0);
    private static final String RESOURCE = "/frontdoor/bank-holidays.json";

    private final TreeSet<LocalDate> bankHolidays;

    WorkingDays(Set<LocalDate> bankHolidays) {
        this.bankHolidays = new TreeSet<>(bankHolidays);
    }

    /** The calendar from the bank-holiday file in the application's resources. */
    public static WorkingDays england() {
        try (InputStream in = WorkingDays.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            JsonNode events = new ObjectMapper().readTree(in).path("england-and-wales").path("events");
            Set<LocalDate> days = new TreeSet<>();
            events.forEach(e -> days.add(LocalDate.parse(e.path("date").asText())));
            return new WorkingDays(days);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.contains(day);
    }

    /** The last day the file covers: a deadline after it would silently treat later bank holidays as working days. */
    public LocalDate coveredUntil() {
        return bankHolidays.last().withMonth(12).withDayOfMonth(31);
    }

    /** The N-th working day after {@code from} (from itself is not counted); {@code from} for N = 0. */
    public LocalDate plus(LocalDate from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must be 0 or more");
        }
        LocalDate day = from;
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Outside office hours (09:00-17:00 London time on a working day): marked on the contact for the duty team. */
    public boolean isOutOfHours(Instant at) {
        ZonedDateTime local = at.atZone(LONDON);
        LocalTime time = local.toLocalTime();
        return !isWorkingDay(local.toLocalDate()) || time.isBefore(OFFICE_OPENS) || !time.isBefore(OFFICE_CLOSES);
    }

    public static LocalDate londonDate(Instant at) {
        return at.atZone(LONDON).toLocalDate();
    }
}
