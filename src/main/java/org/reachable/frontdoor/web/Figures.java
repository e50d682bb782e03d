package org.reachable.frontdoor.web;

import org.reachable.frontdoor.SmallCounts;

/** How the performance page writes figures: withheld counts in words, rates as whole percentages. */
public final class Figures {

    private Figures() {
    }

    public static String count(Long n) {
        return n == null ? "fewer than " + SmallCounts.THRESHOLD : String.format("%,d", n);
    }

    public static String percent(Double rate) {
        return rate == null ? "withheld" : Math.round(rate * 100) + "%";
    }

    public static String index(Double rri) {
        return rri == null ? "withheld" : String.format("%.2f", rri);
    }
}
