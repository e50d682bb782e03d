package org.reachable.moments.fairness;

import java.time.LocalDate;
import java.time.Period;

/** Age bands that follow the stages the reviews talk about: primary, early and late secondary, 16-17, young adults. */
public enum AgeBand {
    UNDER_10("0 to 9", 0, 9), TEN_TO_13("10 to 13", 10, 13), FOURTEEN_TO_15("14 to 15", 14, 15),
    SIXTEEN_TO_17("16 to 17", 16, 17), EIGHTEEN_TO_24("18 to 24", 18, 200);

    private final String label;
    private final int from;
    private final int to;

    AgeBand(String label, int from, int to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    public String label() {
        return label;
    }

    public static AgeBand on(LocalDate dateOfBirth, LocalDate day) {
        int age = Period.between(dateOfBirth, day).getYears();
        for (AgeBand band : values()) {
            if (age >= band.from && age <= band.to) {
                return band;
            }
        }
        return UNDER_10;
    }
}
