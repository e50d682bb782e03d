package org.reachable.feeds.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reachable.chronology.Attribute;
import org.reachable.chronology.EventType;

/** The columns every event-family CSV shares (see docs/data-formats/feeds-csv.md). */
final class CsvColumns {

    static final List<String> REQUIRED = List.of("reference", "given_names", "family_name", "date_of_birth",
            "event_type", "occurred_at", "summary");
    static final List<String> OPTIONAL = List.of("source_system", "recorded_by", "recorded_at", "other_names", "sex",
            "ethnicity", "address_line", "postcode", "nhs_number", "upn", "police_ref", "csc_ref", "yjs_ref",
            "child_words", "sensitivity");
    /** Identifier columns and the identity scheme each one fills. */
    static final Map<String, String> IDENTIFIERS = Map.of("nhs_number", "NHS", "upn", "UPN", "police_ref", "POLICE",
            "csc_ref", "CSC", "yjs_ref", "YJS");
    static final String DETAIL_PREFIX = "details.";

    private CsvColumns() {
    }

    /** Every detail column: "details." and an attribute of any event type. */
    static Set<String> detailColumns() {
        Set<String> names = new java.util.TreeSet<>();
        for (EventType type : EventType.values()) {
            for (Attribute a : type.attributes()) {
                names.add(DETAIL_PREFIX + a.name());
            }
        }
        return names;
    }

    /**
     * A header cell as the column it names: lower case, except that details keep their attribute's spelling
     * (details.hoursMissing), whatever case the file used.
     */
    static String canonical(String cell) {
        String lower = cell.strip().toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith(DETAIL_PREFIX)) {
            return detailColumns().stream().filter(d -> d.equalsIgnoreCase(lower)).findFirst().orElse(cell.strip());
        }
        return lower;
    }

    /** Problems with a header, in words: required columns missing, unknown or repeated columns. */
    static List<String> headerProblems(List<String> header) {
        List<String> problems = new ArrayList<>();
        List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            problems.add("Missing required column(s): " + String.join(", ", missing));
        }
        Set<String> known = new java.util.HashSet<>(REQUIRED);
        known.addAll(OPTIONAL);
        known.addAll(detailColumns());
        List<String> unknown = header.stream().filter(c -> !known.contains(c)).toList();
        if (!unknown.isEmpty()) {
            problems.add("Unknown column(s): " + String.join(", ", unknown) + " (columns are lower case; details "
                    + "are written details.<name>, e.g. details.role)");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        header.forEach(c -> counts.merge(c, 1, Integer::sum));
        List<String> repeated = counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .toList();
        if (!repeated.isEmpty()) {
            problems.add("Column(s) given more than once: " + String.join(", ", repeated));
        }
        return problems;
    }
}
