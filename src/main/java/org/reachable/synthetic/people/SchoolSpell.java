package org.reachable.synthetic.people;

import java.time.LocalDate;
import org.reachable.agencies.Organisation;

/** A time on roll at a school, college, PRU or alternative provision ({@code to} null: still there). */
public record SchoolSpell(Organisation school, LocalDate from, LocalDate to) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || day.isBefore(to));
    }
}
