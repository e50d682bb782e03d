package org.reachable.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.support.ReachableTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The partner sources (ED/ISTV, ambulance, school exclusions, fire): random valid files load and the derived day
 * table matches counts made straight from the rows written; bad rows are named field by field and change nothing;
 * re-importing a month replaces it. Months in 1991-1992, away from the public data and other tests.
 */
@ReachableTest
class PartnerSourcesImportTest {

    private static final String[] METHODS = {"Knife or sharp object", "Firearm", "Blunt object", "Bottle or glass",
            "Body (hitting or kicking)", "Other", "Not known"};
    private static final String[] LOCATIONS = {"Street or public place", "Home", "School or college"};

    @Autowired
    InsightImports imports;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    @Test
    void edAssaultsLoadAndTheDerivedTablesMatchTheRowsWritten() throws Exception {
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder("Attendance date,Assault date,Assault time,Age,Method,Location type,"
                + "Latitude,Longitude,Borough,Patient name\n");
        Map<String, Long> byMethod = new TreeMap<>();
        Map<Integer, Long> byHour = new TreeMap<>();
        long knifeUnder25 = 0;
        for (int i = 0; i < 500; i++) {
            LocalDate day = LocalDate.of(1991, 3, 1 + random.nextInt(31));
            int hour = random.nextInt(24);
            int age = 10 + random.nextInt(50);
            String method = METHODS[random.nextInt(METHODS.length)];
            csv.append(day).append(',').append(day).append(',').append(String.format("%02d:%02d", hour, 5))
                    .append(',').append(age).append(',').append(method).append(',')
                    .append(LOCATIONS[random.nextInt(LOCATIONS.length)]).append(",51.59,-0.01,Waltham Forest,")
                    .append("Someone Invented\n");
            byMethod.merge(method, 1L, Long::sum);
            byHour.merge(hour, 1L, Long::sum);
            knifeUnder25 += method.equals("Knife or sharp object") && age < 25 ? 1 : 0;
        }
        ImportReport report = imports.partner(IncidentSource.ED_ASSAULT, write("ed.csv", csv.toString()), false,
                n -> { });
        assertThat(report.rowsLoaded()).isEqualTo(500);
        assertThat(report.months()).extracting(Object::toString).containsExactly("1991-03");
        assertThat(grouped("category", "ED_ASSAULT", "1991-03-01")).isEqualTo(byMethod);
        Map<Integer, Long> hours = new TreeMap<>();
        jdbc.sql("""
                        select hour, sum(incidents) as n from insight_incident_day
                        where source = 'ED_ASSAULT' and month = '1991-03-01' group by hour""")
                .query((rs, i) -> hours.put(rs.getInt(1), rs.getLong(2))).list();
        assertThat(hours).isEqualTo(byHour);
        assertThat(jdbc.sql("""
                        select coalesce(sum(incidents), 0) from insight_incident_day
                        where source = 'ED_ASSAULT' and month = '1991-03-01' and category = 'Knife or sharp object'
                          and age_band in ('0-17', '18-24')""").query(Long.class).single()).isEqualTo(knifeUnder25);
        assertThat(jdbc.sql("select count(*) from insight_incident_hex where source = 'ED_ASSAULT' "
                + "and months = 1 and month = '1991-03-01' and borough_code = 'E09000031'").query(Long.class).single())
                .as("hotspot hexagons carry the borough").isPositive();
    }

    @Test
    void eachSourceReadsItsOwnVocabularyAndCodes() throws Exception {
        ImportReport exclusions = imports.partner(IncidentSource.SCHOOL_EXCLUSION, write("ex.csv", """
                Start date,Category,Reason,Age,Borough
                1991-05-07,PERM,OW,14,Islington
                1991-05-08,Permanent exclusion,PA,15,E09000019
                1991-05-09,FIXD,DB,,
                """), false, n -> { });
        assertThat(exclusions.rowsLoaded()).isEqualTo(3);
        assertThat(grouped("category", "SCHOOL_EXCLUSION", "1991-05-01"))
                .isEqualTo(Map.of("Permanent exclusion", 2L, "Suspension", 1L));
        assertThat(grouped("detail", "SCHOOL_EXCLUSION", "1991-05-01")).isEqualTo(Map.of("OW", 1L, "PA", 1L,
                "DB", 1L));
        assertThat(jdbc.sql("select count(*) from insight_incident_day where source = 'SCHOOL_EXCLUSION' "
                + "and month = '1991-05-01' and hour = -1").query(Long.class).single())
                .as("exclusions have days but no times").isEqualTo(3);

        ImportReport ambulance = imports.partner(IncidentSource.AMBULANCE, write("amb.csv", """
                Incident date,Incident time,Age,Injury type,Location type,Latitude,Longitude,Borough
                1991-05-07,16:10,16,Knife or sharp object,Street or public place,51.55,-0.1,Islington
                1991-05-07,9:05,,Other assault,,,,
                """), false, n -> { });
        assertThat(ambulance.rowsLoaded()).isEqualTo(2);
        ImportReport fire = imports.partner(IncidentSource.FIRE, write("fire.csv", """
                Incident date,Incident time,Incident type,Property type,Latitude,Longitude,Borough
                1991-05-07,23:59,Secondary fire - deliberate,Refuse,51.59,-0.01,Waltham Forest
                """), false, n -> { });
        assertThat(fire.rowsLoaded()).isEqualTo(1);
        assertThat(grouped("category", "AMBULANCE", "1991-05-01")).isEqualTo(Map.of("Knife or sharp object", 1L,
                "Other assault", 1L));
    }

    @Test
    void badRowsAreNamedFieldByFieldAndNothingIsWritten() throws Exception {
        Path bad = write("bad.csv", """
                Attendance date,Assault date,Assault time,Age,Method,Location type,Latitude,Longitude,Borough
                1991-07-02,1991-07-01,15:00,15,Knife or sharp object,Home,,,
                1991-07-31,1991-08-01,25:00,-3,Machete,Home,,,Gotham
                """);
        ImportReport report = imports.partner(IncidentSource.ED_ASSAULT, bad, false, n -> { });
        assertThat(report.written()).isFalse();
        assertThat(report.problems()).extracting(Object::toString).containsExactly(
                "line 3, Assault date = '1991-08-01': Must not be after the Attendance date",
                "line 3, Assault time = '25:00': Must be a time of day as HH:MM (24-hour clock)",
                "line 3, Method = 'Machete': Unknown value; must be one of: Knife or sharp object, Firearm, "
                        + "Blunt object, Bottle or glass, Body (hitting or kicking), Other, Not known",
                "line 3, Age = '-3': Must be a whole number of years from 0 to 120",
                "line 3, Borough = 'Gotham': Must be a London borough name or its GSS code (E09...)");
        assertThat(grouped("category", "ED_ASSAULT", "1991-07-01")).isEmpty();
        assertThat(imports.partner(IncidentSource.ED_ASSAULT, bad, true, n -> { }).rowsLoaded()).isEqualTo(1);
    }

    @Test
    void reimportingAMonthReplacesIt() throws Exception {
        String header = "Incident date,Incident time,Incident type,Property type\n";
        String row = "1992-01-15,10:00,False alarm,Dwelling\n";
        imports.partner(IncidentSource.FIRE, write("f1.csv", header + row.repeat(4)
                + "1992-02-01,10:00,False alarm,Dwelling\n"), false, n -> { });
        imports.partner(IncidentSource.FIRE, write("f2.csv", header + row.repeat(2)), false, n -> { });
        assertThat(grouped("category", "FIRE", "1992-01-01")).isEqualTo(Map.of("False alarm", 2L));
        assertThat(grouped("category", "FIRE", "1992-02-01")).isEqualTo(Map.of("False alarm", 1L));
    }

    private Map<String, Long> grouped(String column, String source, String month) {
        Map<String, Long> counts = new TreeMap<>();
        String sql = switch (column) {
            case "category" -> "select category, sum(incidents) from insight_incident_day where source = :source "
                    + "and month = cast(:month as date) group by category";
            case "detail" -> "select detail, sum(incidents) from insight_incident_day where source = :source "
                    + "and month = cast(:month as date) group by detail";
            default -> throw new IllegalArgumentException(column);
        };
        jdbc.sql(sql).param("source", source).param("month", month)
                .query((rs, i) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }
}
