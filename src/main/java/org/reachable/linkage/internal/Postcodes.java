package org.reachable.linkage.internal;

import java.util.regex.Pattern;

/**
 * Postcode parts for comparison. A UK postcode "E17 4AB" has district "E17" and sector "E17 4"; any other code
 * (FEBRL's Australian "4011") is read the same way from its digits: sector all but the last character, district all
 * but the last two, so one mistyped final digit still agrees on the sector.
 */
public final class Postcodes {

    private static final Pattern UK = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}");

    private Postcodes() {
    }

    public static String sector(String code) {
        if (UK.matcher(code).matches()) {
            return code.substring(0, code.length() - 2);
        }
        return code.length() >= 3 ? code.substring(0, code.length() - 1) : "";
    }

    public static String district(String code) {
        if (UK.matcher(code).matches()) {
            return code.substring(0, code.length() - 3);
        }
        return code.length() >= 4 ? code.substring(0, code.length() - 2) : "";
    }
}
