package org.reachable.insight;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where incidents are counted: everywhere, within 400 m of a secondary school, or on the approximate routes between
 * secondary schools (docs/insight.md, "Near schools"). Applies to incidents with a map point.
 */
public enum Place {
    ANYWHERE("anywhere", "Anywhere"),
    NEAR_SCHOOL("near-school", "Within 400 m of a secondary school"),
    SCHOOL_ROUTE("school-route", "On routes between secondary schools");

    private final String slug;
    private final String label;

    Place(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public static Optional<Place> fromSlug(String slug) {
        return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
    }
}
