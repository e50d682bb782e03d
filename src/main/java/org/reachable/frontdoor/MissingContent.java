package org.reachable.frontdoor;

/**
 * Key content a referral should have. The referrer is prompted when it is missing but can still submit; the share of
 * referrals with each is measured on the performance page.
 */
public enum MissingContent {
    REASON("whyWorried", "Say why you are worried about the child: what might happen if nobody acts"),
    CHILD_VOICE("childVoice", "Record what the child says, in their own words if you can"),
    ETHNICITY("ethnicity", "Record the child's ethnicity, so the partnership can see whether responses are fair");

    private final String field;
    private final String prompt;

    MissingContent(String field, String prompt) {
        this.field = field;
        this.prompt = prompt;
    }

    /** What is missing from a concern; "not yet obtained" (NOBT) is no ethnicity recorded. */
    public static java.util.List<MissingContent> of(String whyWorried, String childVoice, String ethnicity) {
        java.util.List<MissingContent> missing = new java.util.ArrayList<>();
        if (blank(whyWorried)) {
            missing.add(REASON);
        }
        if (blank(childVoice)) {
            missing.add(CHILD_VOICE);
        }
        if (blank(ethnicity) || "NOBT".equalsIgnoreCase(ethnicity.strip())) {
            missing.add(ETHNICITY);
        }
        return missing;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String field() {
        return field;
    }

    public String prompt() {
        return prompt;
    }
}
