package org.reachable.insight;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The public data in ../shared/data, imported once per test run (the files are large; every test class that needs
 * them shares one import). Tests skip with a clear message where the folder is absent.
 */
public final class SharedData {

    private static boolean imported;
    private static boolean geographyImported;

    private SharedData() {
    }

    /** Whether ../shared/data is here (for tests that use it when present but do not need it). */
    public static boolean available() {
        return Files.isDirectory(Path.of(System.getProperty("reachable.shared-data", "../shared/data"), "police"));
    }

    public static Path folder() {
        Path folder = Path.of(System.getProperty("reachable.shared-data", "../shared/data"));
        Assumptions.assumeTrue(Files.isDirectory(folder.resolve("police")),
                "Skipped: needs the public data folder ../shared/data (police, census), absent here");
        return folder;
    }

    public static Path streetCrime() {
        return folder().resolve("police/street_crime_waltham_forest_islington_2016-01_2018-06.csv.gz");
    }

    public static Path stopSearch() {
        return folder().resolve("police/met_stop_and_search_2018-04_2019-02.csv.gz");
    }

    public static Path census() {
        return folder().resolve("census/census2021_ethnicity_by_single_year_of_age_by_area.csv");
    }

    public static Path boroughBoundaries() {
        return folder().resolve("geo/london_boroughs.geojson");
    }

    public static List<Path> lsoaBoundaries() {
        return List.of(folder().resolve("geo/lsoa2011_E09000031_waltham_forest.geojson"),
                folder().resolve("geo/lsoa2011_E09000019_islington.geojson"));
    }

    public static Path schools() {
        return folder().resolve("schools/london_secondary_schools.csv");
    }

    /** Boundaries (boroughs, the two boroughs' LSOAs) and secondary schools, once. */
    public static synchronized void importGeographyOnce(InsightImports imports) {
        folder();
        if (geographyImported) {
            return;
        }
        check(imports.boundaries(boroughBoundaries()));
        lsoaBoundaries().forEach(file -> check(imports.boundaries(file)));
        check(imports.schools(schools(), rows -> { }));
        geographyImported = true;
    }

    /** Imports street crime, stop and search and the census once; later calls return at once. */
    public static synchronized void importOnce(InsightImports imports) {
        folder();
        if (imported) {
            return;
        }
        check(imports.population(census(), rows -> { }));
        check(imports.streetCrime(streetCrime(), false, rows -> { }));
        check(imports.stopSearch(stopSearch(), false, rows -> { }));
        imported = true;
    }

    private static void check(ImportReport report) {
        if (!report.written() || report.rowsRejected() > 0) {
            throw new IllegalStateException("Public data did not import cleanly: " + report);
        }
    }
}
