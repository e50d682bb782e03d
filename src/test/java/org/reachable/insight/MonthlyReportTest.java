package org.reachable.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The monthly report for June 2018 as PDF, opened with PDFBox: its text holds the street-crime counts by type
 * computed here from the police.uk file, and the relative rate index of stop and search. The public summary hides a
 * source with three incidents (and a second cell in its column, so it cannot be worked out from the total).
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyReportTest {

    private static final String MONTH = "2018-06";

    @LocalServerPort
    int port;
    @Autowired
    InsightImports imports;
    @Autowired
    TestBorough borough;

    private WebSession analyst;

    @BeforeAll
    void importAndSignIn() throws Exception {
        SharedData.importOnce(imports);
        Path fire = Files.createTempFile("report-fire", ".csv");
        fire.toFile().deleteOnExit();
        Files.writeString(fire, "Incident date,Incident time,Incident type,Borough\n"
                + "2018-06-02,10:00,False alarm,Bexley\n".repeat(3));
        assertThat(imports.partner(IncidentSource.FIRE, fire, false, n -> { }).rowsLoaded()).isEqualTo(3);
        analyst = WebSession.signIn(port, borough.build().username("analyst"), TestBorough.PASSWORD);
    }

    @Test
    void theAnalystsPdfHoldsTheMonthsFiguresComputedFromTheFiles() throws Exception {
        Map<String, Long> byType = new TreeMap<>();
        for (CSVRecord r : IndependentFigures.records(SharedData.streetCrime())) {
            if (r.get("Month").equals(MONTH)) {
                byType.merge(r.get("Crime type"), 1L, Long::sum);
            }
        }
        String text = pdfText("/insight/report.pdf?month=" + MONTH);
        assertThat(text).contains("Strategic needs assessment: monthly report, 2018-06");
        NumberFormat uk = NumberFormat.getIntegerInstance(Locale.UK);
        byType.forEach((type, n) -> assertThat(text).as(type).contains(type + " " + uk.format(n)));
        assertThat(text).contains("Stop and search by self-defined ethnicity").contains("RRI vs White")
                .contains("Fire service incidents 3");
        String api = analyst.get("/api/v1/insight/tables/stop-search-self-defined?from=2017-07&to=2018-06").body();
        String blackRri = api.replaceAll("(?s).*\\[\"Black\",(?:[^,]*,){3}([0-9.]+),.*", "$1");
        assertThat(blackRri).matches("[0-9]+\\.[0-9]+");
        assertThat(text).containsPattern("Black [0-9,]+ [0-9,]+ [0-9.]+ " + java.util.regex.Pattern.quote(blackRri));
    }

    @Test
    void theReportsFirstPageRendersAsAnImageWithItsTitleAndTables() throws Exception {
        HttpResponse<byte[]> response = analyst.getBytes("/insight/report.pdf?month=" + MONTH);
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(pdf)
                    .renderImageWithDPI(0, 72, org.apache.pdfbox.rendering.ImageType.GRAY);
            assertThat(Math.max(page.getWidth(), page.getHeight())).as("A4 at 72 dpi").isBetween(835, 845);
            assertThat(Math.min(page.getWidth(), page.getHeight())).as("A4 at 72 dpi").isBetween(590, 600);
            long ink = 0;
            int topInk = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    if ((page.getRGB(x, y) & 0xFF) < 128) {
                        ink++;
                        if (y < page.getHeight() / 5) {
                            topInk++;
                        }
                    }
                }
            }
            double share = (double) ink / ((long) page.getWidth() * page.getHeight());
            assertThat(share).as("share of the page with dark pixels: text and table rules").isBetween(0.002, 0.5);
            assertThat(topInk).as("the title is drawn at the top of the page").isPositive();
        }
    }

    @Test
    void thePublicSummaryHidesSmallNumbersAndWhatWouldRevealThem() throws Exception {
        String page = analyst.get("/insight/report/public?month=" + MONTH).body();
        String fireRow = page.replaceAll("(?s).*(<tr[^>]*>\\s*<th[^>]*>Fire service incidents</th>.*?</tr>).*", "$1");
        assertThat(fireRow).contains("<td class=\"govuk-table__cell govuk-table__cell--numeric num\">–</td>");
        String text = pdfText("/insight/report/public.pdf?month=" + MONTH);
        assertThat(text).contains("public summary").doesNotContain("Fire service incidents 3");
        String analysts = analyst.get("/insight/report?month=" + MONTH).body();
        assertThat(analysts).contains("Emerging patterns");
    }

    @Test
    void aBadMonthShowsTheErrorSummary() {
        HttpResponse<String> response = analyst.get("/insight/report?month=June");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Must be a month as YYYY-MM");
    }

    private String pdfText(String path) throws Exception {
        HttpResponse<byte[]> response = analyst.getBytes(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
