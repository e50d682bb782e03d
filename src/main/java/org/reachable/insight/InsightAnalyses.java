package org.reachable.insight;

import java.time.LocalDate;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.LegalBasis;
import org.reachable.insight.analytics.IncidentTables;
import org.reachable.insight.analytics.StopSearchTables;
import org.reachable.insight.analytics.TimeAndPlaceTables;
import org.springframework.stereotype.Service;

/**
 * The analyst's tables. Only aggregates (no person, no identifier) and only from the derived tables. Counts are not
 * suppressed here because they stay within the analyst role; published outputs go through {@link Suppression}.
 */
@Service
public class InsightAnalyses {

    private final IncidentTables incidents;
    private final StopSearchTables stopSearch;
    private final TimeAndPlaceTables timeAndPlace;
    private final ChildRecordAccess access;
    private final Audit audit;

    InsightAnalyses(IncidentTables incidents, StopSearchTables stopSearch, TimeAndPlaceTables timeAndPlace,
                    ChildRecordAccess access, Audit audit) {
        this.incidents = incidents;
        this.timeAndPlace = timeAndPlace;
        this.stopSearch = stopSearch;
        this.access = access;
        this.audit = audit;
    }

    public InsightTable table(Analysis analysis, InsightFilter filter) {
        access.requireCapability(Capability.VIEW_AGGREGATES, AuditAction.READ, "insight/" + analysis.slug());
        audit.allowed(AuditAction.READ, null, "insight/" + analysis.slug(), "Aggregate analysis " + filter,
                LegalBasis.STRATEGIC_ANALYSIS);
        return unaudited(analysis, filter);
    }

    /** For callers that have already checked and audited (the monthly report reads many tables at once). */
    InsightTable unaudited(Analysis analysis, InsightFilter filter) {
        String source = filter.sourceOr(IncidentSource.STREET_CRIME).name();
        IncidentSource timed = filter.sourceOr(IncidentSource.ED_ASSAULT);
        LocalDate from = filter.firstDay();
        LocalDate to = filter.lastMonthDay();
        String borough = filter.boroughOrBlank();
        return switch (analysis) {
            case INCIDENTS_BY_MONTH -> incidents.byMonth(source, from, to, borough);
            case INCIDENTS_BY_TYPE -> incidents.byType(source, from, to, borough);
            case INCIDENTS_BY_LSOA -> incidents.byLsoa(source, from, to, borough);
            case INCIDENTS_BY_BOROUGH -> incidents.byBorough(source, from, to, borough);
            case INCIDENTS_TREND -> incidents.trend(source, from, filter.to() == null ? null : to, borough);
            case INCIDENTS_SEASONALITY -> incidents.seasonality(source, from, to, borough);
            case STOP_SEARCH_BY_MONTH -> stopSearch.byMonth(from, to);
            case STOP_SEARCH_SELF_DEFINED -> stopSearch.bySelfDefined(from, to);
            case STOP_SEARCH_OFFICER_DEFINED -> stopSearch.byOfficerDefined(from, to);
            case STOP_SEARCH_DETAILED -> stopSearch.byDetailedGroup(from, to);
            case STOP_SEARCH_BY_AGE -> stopSearch.byAge(from, to);
            case STOP_SEARCH_HOUR_OF_WEEK -> stopSearch.byHourOfWeek(from, to);
            case INCIDENTS_HOUR_OF_WEEK -> timeAndPlace.hourOfWeek(timed, from, to, borough);
            case INCIDENTS_SCHOOL_DAYS -> timeAndPlace.schoolDays(timed, from, to, borough);
            case KNIFE_INJURIES_UNDER_25 -> timeAndPlace.knifeInjuriesUnder25(from, to, borough);
            case EXCLUSIONS_BY_REASON -> timeAndPlace.exclusionsByReason(from, to, borough);
            case BOROUGH_COMPARISON -> timeAndPlace.boroughComparison(from, to, borough);
            case INCIDENTS_NEAR_SCHOOLS -> timeAndPlace.nearSchools(IncidentSource.valueOf(source), from, to, borough);
        };
    }
}
