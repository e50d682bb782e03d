package org.reachable.synthetic.people;

import java.time.LocalDate;
import org.reachable.synthetic.place.HomeAddress;

/** Where a household lived from {@code from} until {@code to} (null: lives there now). */
public record Residence(HomeAddress home, LocalDate from, LocalDate to) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || day.isBefore(to));
    }
}
