package org.reachable.insight.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The monthly report's own figures: each source's month, the same month a year before, and two 12-month sums. */
@Repository
public class ReportQueries {

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record SourceMonth(String source, long thisMonth, long sameMonthLastYear, long last12, long previous12) {
    }

    public List<SourceMonth> bySource(LocalDate month) {
        return jdbc.sql("""
                        select source,
                               coalesce(sum(incidents) filter (where month = :month), 0) as this_month,
                               coalesce(sum(incidents) filter (where month = :lastYear), 0) as same_month_last_year,
                               coalesce(sum(incidents) filter (where month > :lastYear), 0) as last12,
                               coalesce(sum(incidents) filter (where month <= :lastYear), 0) as previous12
                        from insight_incident_month
                        where month > :start and month <= :month
                        group by source order by source""")
                .param("month", month).param("lastYear", month.minusMonths(12))
                .param("start", month.minusMonths(24)).query(SourceMonth.class).list();
    }

    public Optional<LocalDate> latestMonth() {
        return jdbc.sql("""
                        select max(month) from insight_incident_month
                        where source = (select coalesce(max(source) filter (where source = 'STREET_CRIME'), max(source))
                                        from insight_incident_month)""")
                .query(LocalDate.class).optional();
    }
}
