package org.reachable.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public police.uk and Census files, imported, give on the pages, in the CSV downloads and through the API the
 * same figures as a computation straight from the files (IndependentFigures).
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportedFiguresMatchIndependentComputationTest {

    /** The street-crime file's months; other tests add months outside it, so every request names the period. */
    private static final String STREET_PERIOD = "?from=2016-01&to=2018-06";
    private static final String SEARCH_PERIOD = "?from=2018-03&to=2019-02";

    @LocalServerPort
    int port;
    @Autowired
    InsightImports imports;
    @Autowired
    TestBorough borough;

    private WebSession analyst;

    @BeforeAll
    void importAndSignIn() {
        SharedData.importOnce(imports);
        TestBorough.World world = borough.build();
        analyst = WebSession.signIn(port, world.username("analyst"), TestBorough.PASSWORD);
    }

    @Test
    void streetCrimeCountsByMonthTypeLsoaAndBoroughMatchTheFile() throws Exception {
        assertThat(csvColumn("incidents-by-month", STREET_PERIOD, 0, 1))
                .isEqualTo(strings(IndependentFigures.streetCrimesBy("Month")));
        assertThat(pageColumn("incidents-by-month", STREET_PERIOD))
                .isEqualTo(formatted(IndependentFigures.streetCrimesBy("Month")));
        assertThat(csvColumn("incidents-by-type", STREET_PERIOD, 0, 1))
                .isEqualTo(strings(IndependentFigures.streetCrimesBy("Crime type")));
        assertThat(pageColumn("incidents-by-type", STREET_PERIOD))
                .isEqualTo(formatted(IndependentFigures.streetCrimesBy("Crime type")));
        Map<String, String> lsoas = strings(IndependentFigures.streetCrimesBy("LSOA code"));
        lsoas.put("(no LSOA)", lsoas.remove(""));
        assertThat(csvColumn("incidents-by-lsoa", STREET_PERIOD, 0, 2)).isEqualTo(lsoas);
        assertThat(csvColumn("incidents-by-borough", STREET_PERIOD, 1, 2))
                .isEqualTo(strings(IndependentFigures.streetCrimesBy("Borough")));
        assertThat(apiBody("incidents-by-borough", STREET_PERIOD)).contains("\"Islington\",86345");
    }

    @Test
    void stopSearchRatesRelativeRateIndexAndFindRatesByEthnicityMatchTheFiles() throws Exception {
        Map<String, Long> population = IndependentFigures.londonPopulationByBroadGroup();
        for (boolean self : List.of(true, false)) {
            Map<String, long[]> searches = IndependentFigures.stopSearchesBy(self);
            String slug = self ? "stop-search-self-defined" : "stop-search-officer-defined";
            Map<String, CSVRecord> rows = csvRows(slug, SEARCH_PERIOD);
            long[] white = searches.get("White");
            for (String group : List.of("Asian", "Black", "Mixed", "White", "Other")) {
                long[] c = searches.getOrDefault(group, new long[2]);
                CSVRecord row = rows.get(group);
                assertThat(row.get("Searches")).as(slug + " " + group).isEqualTo(String.valueOf(c[0]));
                if (c[0] == 0) {
                    // Officers never record "Mixed": no rate ratio can be estimated from no searches.
                    assertThat(row.get("RRI vs White")).isEmpty();
                    continue;
                }
                double rate = 1000.0 * c[0] / population.get(group);
                double whiteRate = 1000.0 * white[0] / population.get("White");
                double se = Math.sqrt(1.0 / c[0] - 1.0 / population.get(group) + 1.0 / white[0]
                        - 1.0 / population.get("White"));
                double rri = rate / whiteRate;
                assertThat(row.get("Searches")).as(slug + " " + group).isEqualTo(String.valueOf(c[0]));
                assertThat(row.get("Population")).isEqualTo(String.valueOf(population.get(group)));
                assertThat(new BigDecimal(row.get("Rate per 1,000"))).isEqualTo(IndependentFigures.twoPlaces(rate));
                assertThat(new BigDecimal(row.get("RRI vs White"))).as(slug + " RRI " + group)
                        .isEqualTo(IndependentFigures.twoPlaces(rri));
                assertThat(new BigDecimal(row.get("RRI 95% CI lower")))
                        .isEqualTo(IndependentFigures.twoPlaces(Math.exp(Math.log(rri) - 1.959964 * se)));
                assertThat(new BigDecimal(row.get("RRI 95% CI upper")))
                        .isEqualTo(IndependentFigures.twoPlaces(Math.exp(Math.log(rri) + 1.959964 * se)));
                assertThat(row.get("Finds")).isEqualTo(String.valueOf(c[1]));
                assertThat(new BigDecimal(row.get("Find rate (%)"))).as(slug + " find rate " + group)
                        .isEqualTo(BigDecimal.valueOf(100.0 * c[1] / c[0]).setScale(1, java.math.RoundingMode.HALF_UP));
            }
            assertThat(rows.get("Not stated").get("Searches"))
                    .isEqualTo(String.valueOf(searches.getOrDefault("", new long[1])[0]));
        }
        // Black Londoners are searched at several times the rate of White Londoners in this period.
        assertThat(new BigDecimal(csvRows("stop-search-self-defined", SEARCH_PERIOD).get("Black")
                .get("RRI 95% CI lower"))).isGreaterThan(BigDecimal.valueOf(2));
    }

    @Test
    void stopSearchMonthsAreLondonMonths() throws Exception {
        assertThat(csvColumn("stop-search-by-month", SEARCH_PERIOD, 0, 1))
                .isEqualTo(strings(IndependentFigures.stopSearchesByLondonMonth()));
    }

    private Map<String, String> csvColumn(String slug, String query, int keyColumn, int valueColumn)
            throws Exception {
        Map<String, String> values = new TreeMap<>();
        for (CSVRecord r : parse(csv(slug, query))) {
            // Rows without an LSOA are listed once per borough: add them up.
            values.merge(r.get(keyColumn), r.get(valueColumn),
                    (a, b) -> String.valueOf(Long.parseLong(a) + Long.parseLong(b)));
        }
        return values;
    }

    private Map<String, CSVRecord> csvRows(String slug, String query) throws Exception {
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        parse(csv(slug, query)).forEach(r -> rows.put(r.get(0), r));
        return rows;
    }

    private String csv(String slug, String query) {
        HttpResponse<String> response = analyst.get("/insight/tables/" + slug + ".csv" + query);
        assertThat(response.statusCode()).as(slug).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/csv"));
        return response.body();
    }

    private String apiBody(String slug, String query) {
        HttpResponse<String> response = analyst.get("/api/v1/insight/tables/" + slug + query);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** First two cells of each body row of the page's table, as shown. */
    private Map<String, String> pageColumn(String slug, String query) {
        String html = analyst.get("/insight/tables/" + slug + query).body();
        String body = html.substring(html.indexOf("<tbody"), html.indexOf("</tbody>"));
        Map<String, String> values = new TreeMap<>();
        Matcher row = Pattern.compile("(?s)<tr[^>]*>(.*?)</tr>").matcher(body);
        Pattern cell = Pattern.compile("(?s)<t[hd][^>]*>(.*?)</t[hd]>");
        while (row.find()) {
            Matcher c = cell.matcher(row.group(1));
            c.find();
            String key = c.group(1).trim();
            c.find();
            values.put(org.springframework.web.util.HtmlUtils.htmlUnescape(key), c.group(1).trim());
        }
        return values;
    }

    private static Iterable<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    private static Map<String, String> strings(Map<String, Long> counts) {
        Map<String, String> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    private static Map<String, String> formatted(Map<String, Long> counts) {
        Map<String, String> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, String.format(java.util.Locale.UK, "%,d", v)));
        return out;
    }
}
