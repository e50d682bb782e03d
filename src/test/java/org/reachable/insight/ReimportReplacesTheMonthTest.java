package org.reachable.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.support.ReachableTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Importing a month again replaces it (no double counting, analytics too); a file with bad rows changes nothing and
 * names each problem; a file with the wrong columns is refused whole. Uses months far from the public data's.
 */
@ReachableTest
class ReimportReplacesTheMonthTest {

    private static final String HEADER = "Crime ID,Month,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,"
            + "Borough\n";
    private static final String ROW = ",1990-%02d,-0.1,51.53,On or near X,E01002696,Islington 020A,Robbery,Islington\n";

    @Autowired
    InsightImports imports;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    @Test
    void reimportingAMonthReplacesItInTheStoreAndTheAnalytics() throws Exception {
        Path first = write("first.csv", HEADER + String.format(ROW, 1).repeat(3) + String.format(ROW, 2));
        assertThat(imports.streetCrime(first, false, n -> { }).rowsLoaded()).isEqualTo(4);
        Path again = write("again.csv", HEADER + String.format(ROW, 1).repeat(5));
        ImportReport report = imports.streetCrime(again, false, n -> { });
        assertThat(report.months()).extracting(Object::toString).containsExactly("1990-01");
        assertThat(analytics("1990-01-01")).as("January replaced, not added to").isEqualTo(5);
        assertThat(analytics("1990-02-01")).as("February untouched").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from insight_incident where month = '1990-01-01'")
                .query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void aFileWithBadRowsChangesNothingAndNamesEachProblem() throws Exception {
        Path bad = write("bad.csv", HEADER + String.format(ROW, 6)
                + ",1990-13,-0.1,51.53,X,E01002696,Islington 020A,Robbery,Islington\n"
                + ",1990-06,-0.1,,X,E01002696,Islington 020A,Knife fight,Atlantis\n");
        ImportReport report = imports.streetCrime(bad, false, n -> { });
        assertThat(report.written()).isFalse();
        assertThat(report.rowsRejected()).isEqualTo(2);
        assertThat(report.problems()).extracting(Object::toString).containsExactly(
                "line 3, Month = '1990-13': Must be a month as YYYY-MM",
                "line 4, Crime type = 'Knife fight': Unknown police.uk crime type; must be one of: Anti-social "
                        + "behaviour, Bicycle theft, Burglary, Criminal damage and arson, Drugs, Other crime, Other "
                        + "theft, Possession of weapons, Public order, Robbery, Shoplifting, Theft from the person, "
                        + "Vehicle crime, Violence and sexual offences",
                "line 4, Latitude = '': Give both latitude and longitude, or neither",
                "line 4, Borough = 'Atlantis': Not a London borough name");
        assertThat(analytics("1990-06-01")).isZero();
        assertThat(jdbc.sql("""
                        select count(*) from insight_import_problem p join insight_import i on i.id = p.import_id
                        where i.file_name = 'bad.csv'""").query(Long.class).single()).isEqualTo(4);

        ImportReport partial = imports.streetCrime(bad, true, n -> { });
        assertThat(partial.rowsLoaded()).isEqualTo(1);
        assertThat(analytics("1990-06-01")).as("with --accept-partial the good row loads").isEqualTo(1);
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedWhole() throws Exception {
        Path wrong = write("wrong.csv", "Month,What\n1990-09,Robbery\n");
        assertThatThrownBy(() -> imports.streetCrime(wrong, false, n -> { }))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("lacks the column(s) [Longitude, Latitude, LSOA code, LSOA name, Crime type]");
        assertThatThrownBy(() -> imports.streetCrime(dir.resolve("missing.csv"), false, n -> { }))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("no such file");
    }

    private long analytics(String month) {
        return jdbc.sql("""
                        select coalesce(sum(incidents), 0) from insight_incident_month
                        where source = 'STREET_CRIME' and month = cast(:month as date)""")
                .param("month", month).query(Long.class).single();
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }
}
