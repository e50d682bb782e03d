package org.reachable.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hour of week, school days against holidays and weekends with the after-school window, knife injuries to under-25s
 * and exclusions by reason, through the CSV downloads, against counts made here from the rows written. Uses
 * Brent (E09000005) in 2025, which no other test touches.
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimeAnalysesTest {

    private static final String BRENT = "borough=E09000005";

    @LocalServerPort
    int port;
    @Autowired
    InsightImports imports;
    @Autowired
    TestBorough borough;
    @TempDir
    Path dir;

    private WebSession analyst;

    @BeforeAll
    void signIn() {
        analyst = WebSession.signIn(port, borough.build().username("analyst"), TestBorough.PASSWORD);
    }

    @Test
    void hourOfWeekCountsEveryTimedIncidentInItsDayAndHour() throws Exception {
        Random random = new Random(11);
        long[][] expected = new long[7][24];
        StringBuilder csv = new StringBuilder("Incident date,Incident time,Injury type,Borough\n");
        for (int i = 0; i < 400; i++) {
            LocalDate day = LocalDate.of(2025, 6, 1 + random.nextInt(30));
            int hour = random.nextInt(24);
            csv.append(day).append(',').append(String.format("%02d:30", hour)).append(",Other assault,Brent\n");
            expected[day.getDayOfWeek().getValue() - 1][hour]++;
        }
        assertThat(imports.partner(IncidentSource.AMBULANCE, write("amb-june.csv", csv.toString()), false, n -> { })
                .rowsLoaded()).isEqualTo(400);
        List<CSVRecord> rows = csv("incidents-hour-of-week", "from=2025-06&to=2025-06&source=ambulance&" + BRENT);
        assertThat(rows).hasSize(7);
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                assertThat(Long.parseLong(rows.get(d).get(String.format("%02d", h)))).as(d + " " + h)
                        .isEqualTo(expected[d][h]);
            }
        }
    }

    @Test
    void schoolDaysHolidaysAndWeekendsWithTheAfterSchoolWindow() throws Exception {
        String header = "Attendance date,Assault date,Assault time,Age,Method,Location type,Borough\n";
        String rows = ""
                + "2025-03-04,2025-03-04,16:30,15,Knife or sharp object,Street or public place,Brent\n".repeat(3)
                + "2025-03-05,2025-03-04,09:00,30,Blunt object,Home,Brent\n"
                + "2025-04-15,2025-04-15,16:00,17,Knife or sharp object,Park or open space,Brent\n".repeat(2)
                + "2025-03-08,2025-03-08,22:00,19,Knife or sharp object,Street or public place,Brent\n"
                + "2025-04-18,2025-04-18,15:00,,Knife or sharp object,Street or public place,Brent\n"
                + "2025-04-22,2025-04-21,,24,Body (hitting or kicking),Home,Brent\n";
        imports.partner(IncidentSource.ED_ASSAULT, write("ed-spring.csv", header + rows), false, n -> { });
        List<CSVRecord> table = csv("incidents-school-days", "from=2025-03&to=2025-04&" + BRENT);
        // March and April 2025: 18 weekend days and 2 bank holidays (Good Friday, Easter Monday); Easter school
        // holidays 11-28 April hold 10 other weekdays; the remaining 31 days are school days.
        assertThat(table).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2) + " " + r.get(4) + " " + r.get(6))
                .containsExactly("School days 31 4 3 0", "Weekdays in school holidays 10 2 2 0",
                        "Weekends and bank holidays 20 3 1 1");
        List<CSVRecord> knife = csv("knife-injuries-under-25", "from=2025-03&to=2025-04&" + BRENT);
        assertThat(knife).extracting(r -> r.get("Month") + " " + r.get("ED, 0-17") + " " + r.get("ED, 18-24") + " "
                + r.get("Total under 25")).containsExactly("2025-03 3 1 4", "2025-04 2 0 2");
    }

    @Test
    void exclusionsByReasonCountSuspensionsAndPermanentExclusionsByDfeCode() throws Exception {
        imports.partner(IncidentSource.SCHOOL_EXCLUSION, write("ex-2025.csv", """
                Start date,Category,Reason,Borough
                2025-05-06,PERM,OW,Brent
                2025-05-06,FIXD,OW,Brent
                2025-05-07,FIXD,OW,Brent
                2025-05-07,LUNC,DB,Brent
                """), false, n -> { });
        List<CSVRecord> table = csv("exclusions-by-reason", "from=2025-05&to=2025-05&" + BRENT);
        assertThat(table).filteredOn(r -> r.get(0).equals("OW")).singleElement()
                .satisfies(r -> assertThat(r.get("Suspensions") + " " + r.get("Permanent exclusions") + " "
                        + r.get("Total")).isEqualTo("2 1 3"));
        assertThat(table).filteredOn(r -> r.get(0).equals("DB")).singleElement()
                .satisfies(r -> assertThat(r.get("Total")).isEqualTo("1"));
    }

    private List<CSVRecord> csv(String slug, String query) throws Exception {
        var response = analyst.get("/insight/tables/" + slug + ".csv?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body())).getRecords();
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }
}
