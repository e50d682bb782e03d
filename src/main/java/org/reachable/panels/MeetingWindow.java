package org.reachable.panels;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When panel members may open the records of the children on a meeting's agenda: from the start of the day
 * {@code daysBefore} days before the meeting day until the end of the day the meeting ends (London time).
 */
public record MeetingWindow(Instant opensAt, Instant closesAt) {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    public static MeetingWindow of(Instant startsAt, Instant endsAt, int daysBefore) {
        LocalDate meetingDay = LocalDate.ofInstant(startsAt, LONDON);
        LocalDate lastDay = LocalDate.ofInstant(endsAt, LONDON);
        return new MeetingWindow(meetingDay.minusDays(daysBefore).atStartOfDay(LONDON).toInstant(),
                lastDay.plusDays(1).atStartOfDay(LONDON).toInstant());
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(opensAt) && instant.isBefore(closesAt);
    }
}
