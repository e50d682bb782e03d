package org.reachable.moments.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/** Ages and school years in England, where the school year runs from 1 September to 31 August. */
final class SchoolYears {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private SchoolYears() {
    }

    static LocalDate londonDate(Instant at) {
        return at.atZone(LONDON).toLocalDate();
    }

    static int ageOn(LocalDate dateOfBirth, LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    /**
     * Children born from 1 September one year to 31 August the next are one school cohort; they start Year 7
     * together on 1 September twelve years after their cohort began (aged 11, or 12 on the day for a 1 September
     * birthday).
     */
    static LocalDate startOfYear7(LocalDate dateOfBirth) {
        int cohortStart = dateOfBirth.getMonthValue() >= 9 ? dateOfBirth.getYear() : dateOfBirth.getYear() - 1;
        return LocalDate.of(cohortStart + 12, 9, 1);
    }
}
