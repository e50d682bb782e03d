package org.reachable.insight.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Which days are school days: weekdays inside a term block that are not bank holidays. Term blocks
 * (resources/insight/school-terms.csv) are typical London dates, September 2015 to July 2027 (half-terms in the
 * last full week of October, the third week of February and the week of the late-May bank holiday; Easter around
 * Easter Sunday; Christmas from about 20 December; summer from about 22 July); a partnership should replace the
 * file with its local authority's published term dates. Bank holidays are England and Wales's, with the one-off
 * changes of 2020, 2022 and 2023. Days outside the file's range are {@link Kind#UNKNOWN}.
 */
public final class SchoolDays {

    public enum Kind {
        SCHOOL_DAY("School days"),
        HOLIDAY_WEEKDAY("Weekdays in school holidays"),
        WEEKEND_OR_BANK_HOLIDAY("Weekends and bank holidays"),
        UNKNOWN("Outside the school calendar (2015/16 to 2026/27)");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private record Term(LocalDate start, LocalDate end) {
    }

    private static final List<Term> TERMS = new ArrayList<>();
    private static final Set<LocalDate> BANK_HOLIDAYS = new HashSet<>();

    static {
        for (CSVRecord r : read("/insight/school-terms.csv")) {
            TERMS.add(new Term(LocalDate.parse(r.get("start")), LocalDate.parse(r.get("end"))));
        }
        for (CSVRecord r : read("/insight/bank-holidays.csv")) {
            BANK_HOLIDAYS.add(LocalDate.parse(r.get("date")));
        }
    }

    private SchoolDays() {
    }

    public static Kind kind(LocalDate day) {
        if (day.isBefore(TERMS.getFirst().start()) || day.isAfter(LocalDate.of(2027, 8, 31))) {
            return Kind.UNKNOWN;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (weekend || BANK_HOLIDAYS.contains(day)) {
            return Kind.WEEKEND_OR_BANK_HOLIDAY;
        }
        boolean inTerm = TERMS.stream().anyMatch(t -> !day.isBefore(t.start()) && !day.isAfter(t.end()));
        return inTerm ? Kind.SCHOOL_DAY : Kind.HOLIDAY_WEEKDAY;
    }

    private static List<CSVRecord> read(String resource) {
        try (InputStream in = SchoolDays.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
