package org.reachable.insight;

import java.util.Arrays;
import java.util.Optional;

/** Every table Insight offers; the slug is its name in page, CSV and API addresses. */
public enum Analysis {
    INCIDENTS_BY_MONTH("incidents-by-month", "Incidents by month"),
    INCIDENTS_BY_TYPE("incidents-by-type", "Incidents by crime type"),
    INCIDENTS_BY_LSOA("incidents-by-lsoa", "Incidents by LSOA"),
    INCIDENTS_BY_BOROUGH("incidents-by-borough", "Incidents by borough, with rates per 1,000 residents"),
    INCIDENTS_TREND("incidents-trend", "Last 12 months against the previous 12, by crime type"),
    INCIDENTS_SEASONALITY("incidents-seasonality", "Month-of-year seasonality"),
    STOP_SEARCH_BY_MONTH("stop-search-by-month", "Stop and search by month"),
    STOP_SEARCH_SELF_DEFINED("stop-search-self-defined", "Stop and search by self-defined ethnicity"),
    STOP_SEARCH_OFFICER_DEFINED("stop-search-officer-defined", "Stop and search by officer-defined ethnicity"),
    STOP_SEARCH_DETAILED("stop-search-detailed-ethnicity", "Stop and search by detailed self-defined ethnicity"),
    STOP_SEARCH_BY_AGE("stop-search-by-age", "Stop and search by age band"),
    STOP_SEARCH_HOUR_OF_WEEK("stop-search-hour-of-week", "Stop and search by day of week and hour"),
    INCIDENTS_HOUR_OF_WEEK("incidents-hour-of-week", "Incidents by day of week and hour"),
    INCIDENTS_SCHOOL_DAYS("incidents-school-days", "School days, school holidays and weekends, and the after-school window"),
    KNIFE_INJURIES_UNDER_25("knife-injuries-under-25", "Knife or sharp-object injuries to under-25s (ED and ambulance)"),
    EXCLUSIONS_BY_REASON("exclusions-by-reason", "School suspensions and permanent exclusions by reason"),
    BOROUGH_COMPARISON("borough-comparison", "Boroughs compared across every source, with rates per 1,000 residents"),
    INCIDENTS_NEAR_SCHOOLS("incidents-near-schools", "Incidents near secondary schools and on routes between them");

    private final String slug;
    private final String title;

    Analysis(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public static Optional<Analysis> fromSlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug.equals(slug)).findFirst();
    }
}
