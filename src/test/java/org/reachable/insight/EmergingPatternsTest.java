package org.reachable.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A borough's false alarms double in the last months while its special services stay level: the patterns API lists
 * the first with the baseline, the observed counts and the month the CUSUM crosses its threshold (recomputed here
 * from the formula), and not the second. Fire in Bexley, 2040-2042, which no other test touches.
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmergingPatternsTest {

    private static final YearMonth FIRST = YearMonth.of(2040, 1);
    private static final int BASELINE = 24;
    private static final int MONITORED = 6;

    @LocalServerPort
    int port;
    @Autowired
    InsightImports imports;
    @Autowired
    TestBorough borough;

    private WebSession analyst;
    private final long[] falseAlarms = new long[BASELINE + MONITORED];

    @BeforeAll
    void importSeries() throws Exception {
        analyst = WebSession.signIn(port, borough.build().username("analyst"), TestBorough.PASSWORD);
        StringBuilder csv = new StringBuilder("Incident date,Incident time,Incident type,Borough\n");
        for (int m = 0; m < falseAlarms.length; m++) {
            YearMonth month = FIRST.plusMonths(m);
            falseAlarms[m] = m < BASELINE ? 8 + m % 5 : 21;
            for (int i = 0; i < falseAlarms[m]; i++) {
                csv.append(month.atDay(1 + i % 28)).append(",10:00,False alarm,Bexley\n");
            }
            for (int i = 0; i < 10; i++) {
                csv.append(month.atDay(1 + i)).append(",11:00,Special service,Bexley\n");
            }
        }
        Path file = Files.createTempFile("emerging-fire", ".csv");
        file.toFile().deleteOnExit();
        assertThat(imports.partner(IncidentSource.FIRE, Files.writeString(file, csv), false,
                n -> { }).written()).isTrue();
    }

    @Test
    void theRiseIsListedWithItsEvidenceAndTheLevelSeriesIsNot() throws Exception {
        YearMonth last = FIRST.plusMonths(BASELINE + MONITORED - 1);
        var response = analyst.get("/api/v1/insight/patterns?to=" + last);
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> bexley = new ArrayList<>();
        new ObjectMapper().readTree(response.body()).path("patterns").forEach(p -> {
            if (p.path("source").asText().equals("FIRE") && p.path("area").asText().equals("Bexley")) {
                bexley.add(p);
            }
        });
        assertThat(bexley).extracting(p -> p.path("group").asText() + " / " + p.path("series").asText())
                .containsExactly("False alarm / Borough × category");
        JsonNode p = bexley.getFirst();

        double m0 = 0;
        for (int i = 0; i < BASELINE; i++) {
            m0 += falseAlarms[i];
        }
        m0 /= BASELINE;
        double k = (0.5 * m0) / Math.log(1.5);
        double h = 2.5 * Math.sqrt(m0) + 1;
        double s = 0;
        int signal = -1;
        for (int t = BASELINE; t < falseAlarms.length && signal < 0; t++) {
            s = Math.max(0, s + falseAlarms[t] - k);
            signal = s > h ? t : -1;
        }
        assertThat(signal).as("the rise is detectable").isPositive();
        assertThat(p.path("baselineMean").decimalValue().doubleValue()).isCloseTo(m0, org.assertj.core.data.Offset.offset(0.005));
        assertThat(p.path("baselineFrom").asText()).isEqualTo(FIRST.toString());
        assertThat(p.path("signalMonth").asText()).isEqualTo(FIRST.plusMonths(signal).toString());
        assertThat(p.path("threshold").decimalValue().doubleValue()).isCloseTo(h, org.assertj.core.data.Offset.offset(0.005));
        assertThat(p.path("statistic").decimalValue().doubleValue()).isCloseTo(s, org.assertj.core.data.Offset.offset(0.005));
        assertThat(p.path("observed").get(0).asLong()).isEqualTo(21);
        assertThat(analyst.get("/insight/patterns?to=" + last).body()).contains("Bexley, False alarm");
    }

    @Test
    void aBadMonthAnswers400() {
        assertThat(analyst.get("/api/v1/insight/patterns?to=2040-13").statusCode()).isEqualTo(400);
        assertThat(analyst.get("/insight/patterns?to=soon").body()).contains("Must be a month as YYYY-MM");
    }
}
