package org.reachable.insight;

import com.uber.h3core.H3Core;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.LegalBasis;
import org.reachable.insight.analytics.AnalyticsRefresh;
import org.reachable.insight.imports.Boundaries;
import org.reachable.insight.imports.CensusParser;
import org.reachable.insight.imports.GeographyStore;
import org.reachable.insight.imports.SchoolSurroundings;
import org.reachable.insight.imports.SchoolsParser;
import org.reachable.insight.imports.CsvFiles;
import org.reachable.insight.imports.ImportStore;
import org.reachable.insight.imports.IncidentRow;
import org.reachable.insight.imports.ParsedFile;
import org.reachable.insight.imports.PartnerFormats;
import org.reachable.insight.imports.PartnerIncidentParser;
import org.reachable.insight.imports.StopSearchParser;
import org.reachable.insight.imports.StopSearchRow;
import org.reachable.insight.imports.StreetCrimeParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports partner data files into Insight. Every row is checked first; a file with refused rows changes nothing
 * unless the caller accepts a partial load (then the refused rows are logged with their problems). The months a file
 * covers are replaced, and their analytics rebuilt, in one transaction: re-importing a month never double counts.
 */
@Service
public class InsightImports {

    private static final Logger LOG = LoggerFactory.getLogger(InsightImports.class);

    private final ImportStore store;
    private final AnalyticsRefresh refresh;
    private final TransactionTemplate transactions;
    private final Audit audit;
    private final GeographyStore geography;
    private final H3Core h3;

    InsightImports(ImportStore store, AnalyticsRefresh refresh, TransactionTemplate transactions, Audit audit,
                   GeographyStore geography) {
        this.store = store;
        this.geography = geography;
        this.refresh = refresh;
        this.transactions = transactions;
        this.audit = audit;
        try {
            this.h3 = H3Core.newInstance();
        } catch (IOException e) {
            throw new UncheckedIOException("H3 native library could not be loaded", e);
        }
    }

    public ImportReport streetCrime(Path file, boolean acceptPartial, LongConsumer progress) {
        StreetCrimeParser parser = new StreetCrimeParser(h3);
        ParsedFile<IncidentRow> parsed = ParsedFile.read(CsvFiles.open(file, parser.requiredColumns()), parser,
                progress);
        String source = IncidentSource.STREET_CRIME.name();
        return write(source, file, parsed, acceptPartial, months -> {
            store.deleteIncidentMonths(source, months);
            store.copyIncidents(parsed.rows());
            refreshIncidents(source, months);
        });
    }

    /** ED assaults (ISTV), ambulance call-outs, school exclusions or fire incidents, in the formats of PartnerFormats. */
    public ImportReport partner(IncidentSource source, Path file, boolean acceptPartial, LongConsumer progress) {
        PartnerIncidentParser parser = new PartnerIncidentParser(PartnerFormats.of(source), h3);
        ParsedFile<IncidentRow> parsed = ParsedFile.read(CsvFiles.open(file, parser.requiredColumns()), parser,
                progress);
        return write(source.name(), file, parsed, acceptPartial, months -> {
            store.deleteIncidentMonths(source.name(), months);
            store.copyIncidents(parsed.rows());
            refreshIncidents(source.name(), months);
        });
    }

    public ImportReport stopSearch(Path file, boolean acceptPartial, LongConsumer progress) {
        StopSearchParser parser = new StopSearchParser();
        ParsedFile<StopSearchRow> parsed = ParsedFile.read(CsvFiles.open(file, parser.requiredColumns()), parser,
                progress);
        return write("STOP_AND_SEARCH", file, parsed, acceptPartial, months -> {
            store.deleteStopSearchMonths(months);
            store.copyStopSearches(parsed.rows());
            refresh.stopSearches(months);
        });
    }

    /** Census 2021 population by ethnic group and age; replaces the areas in the file. */
    public ImportReport population(Path file, LongConsumer progress) {
        CensusParser parser = new CensusParser();
        ParsedFile<List<CensusParser.PopulationRow>> parsed = ParsedFile.read(
                CsvFiles.open(file, parser.requiredColumns()), parser, progress);
        return write("CENSUS_2021", file, parsed, false, months ->
                store.replacePopulation(parsed.rows().stream().flatMap(List::stream).toList()));
    }

    /** Borough, ward or LSOA boundaries (GeoJSON, WGS84); replaces the areas in the file. */
    public ImportReport boundaries(Path file) {
        Boundaries.Read read = Boundaries.read(file);
        boolean refuse = !read.problems().isEmpty();
        ImportReport report = new ImportReport("BOUNDARIES", file.getFileName().toString(), read.features(),
                refuse ? 0 : read.areas().size(), read.problems().size(), List.of(), read.problems(), !refuse);
        transactions.executeWithoutResult(status -> {
            if (!refuse) {
                geography.replaceAreas(read.areas());
            }
            store.log(report, read.problems());
        });
        audit.bySystem(AuditAction.WRITE, "insight/BOUNDARIES", "Imported " + report.rowsLoaded() + " areas of "
                + report.fileName(), LegalBasis.STRATEGIC_ANALYSIS);
        return report;
    }

    /**
     * Secondary schools (URN, name, point); replaces the list and the cells near them and on routes between them,
     * and recounts the incidents near schools and on routes for every month already stored.
     */
    public ImportReport schools(Path file, LongConsumer progress) {
        SchoolsParser parser = new SchoolsParser();
        ParsedFile<SchoolsParser.School> parsed = ParsedFile.read(CsvFiles.open(file, parser.requiredColumns()),
                parser, progress);
        SchoolSurroundings surroundings = new SchoolSurroundings(h3);
        return write("SCHOOLS", file, parsed, false, ignored -> {
            geography.replaceSchools(parsed.rows(), surroundings.nearCells(parsed.rows()),
                    surroundings.routeCells(parsed.rows()));
            long start = System.nanoTime();
            refresh.schoolPlaces();
            LOG.info("Near-school and school-route counts rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
        });
    }

    /** Logs how long the derived tables took, the figure the scale target is about (bench/insight.sh reads it). */
    private void refreshIncidents(String source, List<LocalDate> months) {
        long start = System.nanoTime();
        refresh.incidents(source, months);
        LOG.info("Analytics refreshed for {} month(s) of {} in {} ms", months.size(), source,
                (System.nanoTime() - start) / 1_000_000);
    }

    private interface Replacement {
        void replace(List<LocalDate> months);
    }

    private <T> ImportReport write(String source, Path file, ParsedFile<T> parsed, boolean acceptPartial,
                                   Replacement replacement) {
        boolean refuse = parsed.rowsRejected() > 0 && !acceptPartial;
        List<LocalDate> months = new ArrayList<>(parsed.months());
        List<YearMonth> shown = refuse ? List.of() : months.stream().filter(m -> m.getYear() > 1)
                .map(YearMonth::from).toList();
        ImportReport report = new ImportReport(source, file.getFileName().toString(), parsed.rowsRead(),
                refuse ? 0 : parsed.rows().size(), parsed.rowsRejected(), shown, parsed.problems(), !refuse);
        transactions.executeWithoutResult(status -> {
            if (!refuse && !months.isEmpty()) {
                replacement.replace(months);
            }
            store.log(report, parsed.problems());
        });
        audit.bySystem(AuditAction.WRITE, "insight/" + source, "Imported " + report.rowsLoaded() + " rows of "
                + report.fileName() + (refuse ? " (refused: rows with problems)" : ""), LegalBasis.STRATEGIC_ANALYSIS);
        return report;
    }
}
