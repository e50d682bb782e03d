package org.reachable.linkage.command;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Which CSV columns hold which identity field. Null or empty means the field is not mapped. {@code address} columns
 * are joined with spaces ("street_number address_1"); each {@code otherNames} column may hold several names
 * separated by {@code ;} or {@code |}; {@code identifiers} maps a scheme (NHS, UPN, ...) to its column.
 */
record ColumnMapping(String id, String given, String family, List<String> otherNames, String dateOfBirth,
                     DateTimeFormatter dateFormat, String dateFormatText, String sex, String postcode,
                     List<String> address, Map<String, String> identifiers, List<String> attributes, String source,
                     String truth) {

    /** Every mapped column with the option that named it, to check against a file's header. */
    Map<String, String> columnsByOption() {
        Map<String, String> columns = new java.util.LinkedHashMap<>();
        put(columns, "--id", id);
        put(columns, "--given", given);
        put(columns, "--family", family);
        otherNames.forEach(c -> put(columns, "--other-names", c));
        put(columns, "--dob", dateOfBirth);
        put(columns, "--sex", sex);
        put(columns, "--postcode", postcode);
        address.forEach(c -> put(columns, "--address", c));
        identifiers.forEach((scheme, c) -> put(columns, "--identifier " + scheme, c));
        attributes.forEach(c -> put(columns, "--attribute", c));
        put(columns, "--source-column", source);
        put(columns, "--truth-column", truth);
        return columns;
    }

    private static void put(Map<String, String> columns, String option, String column) {
        if (column != null && !column.isBlank()) {
            columns.putIfAbsent(column, option);
        }
    }
}
