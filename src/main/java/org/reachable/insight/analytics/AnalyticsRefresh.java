package org.reachable.insight.analytics;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rebuilds the derived tables for the months just imported, inside the import's transaction, so dashboards never
 * read raw rows and never see a month half-refreshed. Cost is proportional to the months imported, not the store.
 */
@Repository
public class AnalyticsRefresh {

    private final JdbcClient jdbc;

    AnalyticsRefresh(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void incidents(String source, List<LocalDate> months) {
        jdbc.sql("delete from insight_incident_month where source = :source and month in (:months)")
                .param("source", source).param("months", months).update();
        jdbc.sql("delete from insight_incident_lsoa_month where source = :source and month in (:months)")
                .param("source", source).param("months", months).update();
        jdbc.sql("delete from insight_incident_cell where source = :source and month in (:months)")
                .param("source", source).param("months", months).update();
        jdbc.sql("delete from insight_incident_hour where source = :source and month in (:months)")
                .param("source", source).param("months", months).update();
        jdbc.sql("delete from insight_incident_day where source = :source and month in (:months)")
                .param("source", source).param("months", months).update();
        jdbc.sql("delete from insight_incident_hex where source = :source and month in (:months)")
                .param("source", source).param("months", months).update();
        jdbc.sql("""
                insert into insight_incident_month (source, month, borough_code, category, incidents)
                select source, month, coalesce(borough_code, ''), category, count(*)
                from insight_incident where source = :source and month in (:months)
                group by source, month, coalesce(borough_code, ''), category""")
                .param("source", source).param("months", months).update();
        jdbc.sql("""
                insert into insight_incident_lsoa_month (source, month, borough_code, lsoa_code, incidents)
                select source, month, coalesce(borough_code, ''), coalesce(lsoa_code, ''), count(*)
                from insight_incident where source = :source and month in (:months)
                group by source, month, coalesce(borough_code, ''), coalesce(lsoa_code, '')""")
                .param("source", source).param("months", months).update();
        jdbc.sql("""
                insert into insight_incident_cell (source, month, borough_code, h3_cell, category, incidents)
                select source, month, coalesce(borough_code, ''), h3_cell, category, count(*)
                from insight_incident where source = :source and month in (:months) and h3_cell is not null
                group by source, month, coalesce(borough_code, ''), h3_cell, category""")
                .param("source", source).param("months", months).update();
        jdbc.sql("""
                insert into insight_incident_hex (source, month, borough_code, hex, incidents)
                select source, month, borough_code,
                       (h3_cell & ~(15::bigint << 52)) | (9::bigint << 52) | (7::bigint << 15), sum(incidents)
                from insight_incident_cell where source = :source and month in (:months)
                group by 1, 2, 3, 4""")
                .param("source", source).param("months", months).update();
        jdbc.sql("""
                insert into insight_incident_hour (source, month, day_of_week, hour, category, incidents)
                select source, month, extract(isodow from occurred_at), extract(hour from occurred_at), category,
                       count(*)
                from insight_incident where source = :source and month in (:months) and occurred_at is not null
                group by 1, 2, 3, 4, 5""")
                .param("source", source).param("months", months).update();
        jdbc.sql("""
                insert into insight_incident_day (source, month, day, hour, borough_code, category, detail, age_band,
                                                  incidents)
                select source, month, occurred_on, coalesce(extract(hour from occurred_at), -1),
                       coalesce(borough_code, ''), category, coalesce(detail, ''),
                       case when age is null then '' when age < 18 then :under18 when age < 25 then :young
                            else :older end,
                       count(*)
                from insight_incident where source = :source and month in (:months) and occurred_on is not null
                group by 1, 2, 3, 4, 5, 6, 7, 8""")
                .param("source", source).param("months", months).param("under18", AgeBand.UNDER_18.label())
                .param("young", AgeBand.FROM_18_TO_24.label()).param("older", AgeBand.FROM_25.label()).update();
    }

    public void stopSearches(List<LocalDate> months) {
        jdbc.sql("delete from insight_stop_search_month where month in (:months)").param("months", months).update();
        jdbc.sql("delete from insight_stop_search_hour where month in (:months)").param("months", months).update();
        jdbc.sql("""
                insert into insight_stop_search_month (month, self_group, officer_group, sex, age_range, searches,
                                                       finds)
                select month, coalesce(self_group, ''), coalesce(officer_defined, ''), coalesce(sex, ''),
                       coalesce(age_range, ''), count(*), count(*) filter (where found)
                from insight_stop_search where month in (:months)
                group by 1, 2, 3, 4, 5""").param("months", months).update();
        jdbc.sql("""
                insert into insight_stop_search_hour (month, day_of_week, hour, searches)
                select month, extract(isodow from occurred_at at time zone 'Europe/London'),
                       extract(hour from occurred_at at time zone 'Europe/London'), count(*)
                from insight_stop_search where month in (:months)
                group by 1, 2, 3""").param("months", months).update();
    }
}
