package org.reachable.insight.imports;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.reachable.insight.ImportProblem;
import org.reachable.insight.ImportReport;
import org.reachable.platform.database.BulkCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes imported rows (COPY) and the import log. A month is replaced by deleting it first, in the same transaction. */
@Repository
public class ImportStore {

    private final JdbcClient jdbc;
    private final BulkCopy bulk;
    private final Clock clock;

    ImportStore(JdbcClient jdbc, BulkCopy bulk, Clock clock) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.clock = clock;
    }

    public int deleteIncidentMonths(String source, List<LocalDate> months) {
        return jdbc.sql("delete from insight_incident where source = :source and month in (:months)")
                .param("source", source).param("months", dates(months)).update();
    }

    public long copyIncidents(List<IncidentRow> rows) {
        return bulk.copy("""
                copy insight_incident (source, month, occurred_on, occurred_at, category, detail, borough_code,
                                       lsoa_code, latitude, longitude, h3_cell, age) from stdin (format csv)""",
                () -> rows.stream().map(r -> new Object[]{r.source().name(), r.month(), r.occurredOn(),
                        r.occurredAt(), r.category(), r.detail(), r.boroughCode(), r.lsoaCode(), r.latitude(), r.longitude(),
                        r.h3Cell(), r.age()}).iterator());
    }

    public int deleteStopSearchMonths(List<LocalDate> months) {
        return jdbc.sql("delete from insight_stop_search where month in (:months)")
                .param("months", dates(months)).update();
    }

    public long copyStopSearches(List<StopSearchRow> rows) {
        return bulk.copy("""
                copy insight_stop_search (month, occurred_at, search_type, latitude, longitude, sex, age_range,
                                          self_defined, self_group, officer_defined, legislation, object_of_search,
                                          outcome, found) from stdin (format csv)""",
                () -> rows.stream().map(r -> new Object[]{r.month(), r.occurredAt(), r.type(), r.latitude(),
                        r.longitude(), r.sex(), r.ageRange(), r.selfDefined(), r.selfGroup(), r.officerDefined(),
                        r.legislation(), r.objectOfSearch(), r.outcome(), r.found()}).iterator());
    }

    /** Replaces every area in the file (and its total residents): a census release is one consistent table. */
    public long replacePopulation(List<CensusParser.PopulationRow> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        List<String> codes = rows.stream().map(CensusParser.PopulationRow::geographyCode).distinct().toList();
        jdbc.sql("delete from insight_population where geography_code in (:codes)").param("codes", codes).update();
        jdbc.sql("delete from insight_population_area where geography_code in (:codes)").param("codes", codes)
                .update();
        long copied = bulk.copy("""
                copy insight_population (geography_code, geography_name, ethnic_group, age, people)
                from stdin (format csv)""",
                () -> rows.stream().map(r -> new Object[]{r.geographyCode(), r.geographyName(), r.group().name(),
                        r.age(), r.people()}).iterator());
        jdbc.sql("""
                insert into insight_population_area (geography_code, people)
                select geography_code, sum(coalesce(people, 0)) from insight_population
                where geography_code in (:codes) group by geography_code""").param("codes", codes).update();
        return copied;
    }

    public void log(ImportReport report, List<ImportProblem> problems) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into insight_import (id, source, file_name, imported_at, rows_read, rows_loaded,
                                                    rows_rejected, months)
                        values (:id, :source, :file, :at, :read, :loaded, :rejected, :months)""")
                .param("id", id).param("source", report.source()).param("file", report.fileName())
                .param("at", Timestamp.from(clock.instant())).param("read", report.rowsRead())
                .param("loaded", report.rowsLoaded()).param("rejected", report.rowsRejected())
                .param("months", String.join(",", report.months().stream().map(YearMonth::toString).toList()))
                .update();
        bulk.copy("copy insight_import_problem (import_id, line, field, value, rule) from stdin (format csv)",
                () -> problems.stream().map(p -> new Object[]{id, p.line(), p.field(), p.value(), p.rule()})
                        .iterator());
    }

    private static List<LocalDate> dates(List<LocalDate> months) {
        return List.copyOf(months);
    }
}
