package org.reachable.platform.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rates per 1,000 and the relative rate index (RRI) of a group against a reference group, with a 95% confidence
 * interval by the log method (Katz): ln(RRI) +/- 1.96 * sqrt(1/a - 1/N1 + 1/b - 1/N2), where a and b are the events
 * and N1 and N2 the populations. Undefined (null) when a count or population is zero.
 */
public record RateRatio(BigDecimal ratePerThousand, BigDecimal index, BigDecimal lower, BigDecimal upper) {

    private static final double Z95 = 1.959964;

    public static BigDecimal perThousand(long events, long population) {
        return population <= 0 ? null : round(1000.0 * events / population);
    }

    public static RateRatio of(long events, long population, long referenceEvents, long referencePopulation) {
        BigDecimal rate = perThousand(events, population);
        if (events <= 0 || population <= 0 || referenceEvents <= 0 || referencePopulation <= 0) {
            return new RateRatio(rate, null, null, null);
        }
        double ratio = ((double) events / population) / ((double) referenceEvents / referencePopulation);
        double se = Math.sqrt(1.0 / events - 1.0 / population + 1.0 / referenceEvents - 1.0 / referencePopulation);
        return new RateRatio(rate, round(ratio), round(Math.exp(Math.log(ratio) - Z95 * se)),
                round(Math.exp(Math.log(ratio) + Z95 * se)));
    }

    /** Share as a percentage with one decimal place; null when there is no denominator. */
    public static BigDecimal percent(long part, long whole) {
        return whole <= 0 ? null : BigDecimal.valueOf(100.0 * part / whole).setScale(1, RoundingMode.HALF_UP);
    }

    public static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
