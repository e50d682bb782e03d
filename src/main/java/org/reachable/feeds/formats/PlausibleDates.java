package org.reachable.feeds.formats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads the dates agency files give (ISO yyyy-mm-dd) and refuses absurd ones: a year before 1900 or more than a year
 * ahead is a typing or system error (1066, 2199), not a fact about a child. Finer rules (not in the future, not before
 * the child was born, age 0-24) are the pipeline's validation.
 */
final class PlausibleDates {

    static final int EARLIEST_YEAR = 1900;

    private final Clock clock;

    PlausibleDates(Clock clock) {
        this.clock = clock;
    }

    /** The date, or null after reporting why it cannot be used. Blank text is null without a problem. */
    LocalDate read(String field, String text, RecordProblems problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip().length() > 10 && text.strip().charAt(10) == 'T'
                    ? text.strip().substring(0, 10) : text.strip());
        } catch (DateTimeParseException e) {
            problems.add(field, text, "Must be a real date written yyyy-mm-dd");
            return null;
        }
        int latest = LocalDate.now(clock).getYear() + 1;
        if (date.getYear() < EARLIEST_YEAR || date.getYear() > latest) {
            problems.add(field, text, "Implausible date: the year must be between " + EARLIEST_YEAR + " and " + latest);
            return null;
        }
        return date;
    }
}
