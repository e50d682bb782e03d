package org.reachable.frontdoor;

/**
 * Broad groups for monitoring outcomes: DfE ethnicity codes grouped as the school census publishes them, and sex.
 * The relative rate index compares each group with the reference group (White for ethnicity, female for sex).
 */
public final class MonitoringGroup {

    public static final String ETHNICITY_REFERENCE = "White";
    public static final String SEX_REFERENCE = "Female";

    private MonitoringGroup() {
    }

    public static String ethnicity(String dfeCode) {
        if (dfeCode == null || dfeCode.equals("REFU") || dfeCode.equals("NOBT")) {
            return "Not recorded";
        }
        return switch (dfeCode.charAt(0)) {
            case 'W' -> "White";
            case 'M' -> "Mixed";
            case 'A' -> "Asian";
            case 'B' -> "Black";
            default -> "Chinese or any other group";
        };
    }

    public static String sex(String code) {
        if (code == null) {
            return "Not known";
        }
        return switch (code) {
            case "F" -> "Female";
            case "M" -> "Male";
            case "X" -> "Indeterminate";
            default -> "Not known";
        };
    }
}
