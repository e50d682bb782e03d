package org.reachable.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachable.support.ReachableTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Measures the starting rules on the labelled set ({@code language/labelled-sentences.tsv}): recall over sentences
 * that should be flagged, false alarms over neutral professional sentences (and phrasing only inside quotation
 * marks). The issue asks for recall of at least 0.95 and false alarms on at most 5%.
 */
@ReachableTest
class LabelledSentencesTest {

    @Autowired
    LanguageCheck check;

    @Test
    void startingRulesFlagVictimBlamingPhrasingAndLeaveNeutralSentencesAlone() throws IOException {
        List<Labelled> sentences = labelled();
        List<Labelled> shouldFlag = sentences.stream().filter(Labelled::flag).toList();
        List<Labelled> neutral = sentences.stream().filter(s -> !s.flag()).toList();
        List<String> missed = shouldFlag.stream().filter(s -> check.check(s.text()).isEmpty()).map(Labelled::text)
                .toList();
        List<String> falseAlarms = neutral.stream().filter(s -> !check.check(s.text()).isEmpty())
                .map(s -> s.text() + " <- " + check.check(s.text()).getFirst().found()).toList();
        double recall = 1 - (double) missed.size() / shouldFlag.size();
        double falseAlarmRate = (double) falseAlarms.size() / neutral.size();
        System.out.printf("Language check on %d labelled sentences: recall %.3f (%d of %d), false alarms %.3f (%d of %d)%n"
                        + "  missed: %s%n  false alarms: %s%n", sentences.size(), recall,
                shouldFlag.size() - missed.size(), shouldFlag.size(), falseAlarmRate, falseAlarms.size(),
                neutral.size(), missed, falseAlarms);
        assertThat(shouldFlag).hasSizeGreaterThan(100);
        assertThat(neutral).hasSizeGreaterThan(100);
        assertThat(recall).as("recall; missed: %s", missed).isGreaterThanOrEqualTo(0.95);
        assertThat(falseAlarmRate).as("false alarm rate; flagged: %s", falseAlarms).isLessThanOrEqualTo(0.05);
    }

    /**
     * Sentences written after the rules were tuned and never used to tune them: an honest estimate on new text. The
     * bar is lower than the tuning set's, so the test fails only when the rules get clearly worse on unseen text.
     */
    @Test
    void onHeldOutSentencesTheRulesStillFindMostAndRarelyFalseAlarm() throws IOException {
        List<Labelled> sentences = labelled("/language/held-out-sentences.tsv");
        List<Labelled> shouldFlag = sentences.stream().filter(Labelled::flag).toList();
        List<Labelled> neutral = sentences.stream().filter(s -> !s.flag()).toList();
        List<String> missed = shouldFlag.stream().filter(s -> check.check(s.text()).isEmpty()).map(Labelled::text)
                .toList();
        List<String> falseAlarms = neutral.stream().filter(s -> !check.check(s.text()).isEmpty())
                .map(Labelled::text).toList();
        double recall = 1 - (double) missed.size() / shouldFlag.size();
        double falseAlarmRate = (double) falseAlarms.size() / neutral.size();
        System.out.printf("Language check on %d held-out sentences: recall %.3f (%d of %d), false alarms %.3f (%d of %d)"
                        + "%n  missed: %s%n  false alarms: %s%n", sentences.size(), recall,
                shouldFlag.size() - missed.size(), shouldFlag.size(), falseAlarmRate, falseAlarms.size(),
                neutral.size(), missed, falseAlarms);
        assertThat(recall).as("held-out recall; missed: %s", missed).isGreaterThanOrEqualTo(0.85);
        assertThat(falseAlarmRate).as("held-out false alarms: %s", falseAlarms).isLessThanOrEqualTo(0.10);
    }

    static List<Labelled> labelled() throws IOException {
        return labelled("/language/labelled-sentences.tsv");
    }

    static List<Labelled> labelled(String resource) throws IOException {
        try (InputStream in = LabelledSentencesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 2))
                    .map(parts -> new Labelled(parts[0].equals("FLAG"), parts[1]))
                    .toList();
        }
    }

    record Labelled(boolean flag, String text) {
    }
}
