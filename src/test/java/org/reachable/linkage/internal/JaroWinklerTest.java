package org.reachable.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

/** The fast Jaro-Winkler gives exactly what commons-text gives, so replacing it changed no comparison level. */
class JaroWinklerTest {

    private static final JaroWinklerSimilarity COMMONS = new JaroWinklerSimilarity();

    @Test
    void sameAsCommonsTextOnNamesAndAddresses() {
        List<String> words = List.of("", "a", "al", "ali", "martha", "marhta", "dwayne", "duane", "dixon", "dicksonx",
                "jones", "johnson", "smith-jones", "o brien", "obrien", "mohammed", "muhammad", "1 high street",
                "1 high st", "12 chingford road", "21 chingford road", "flat 3 44 hoe street", "44 hoe street flat 3",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
                "the very long address of a house on a very long road in a very long named town",
                "flat 2, 10 o'neil st.", "flat 2 10 oneil st", "zoë", "zoe", "ab#12/3", "ab 12/3", "jean-luc",
                "jean luc");
        for (String a : words) {
            for (String b : words) {
                assertThat(JaroWinkler.similarity(a, b)).as("%s / %s", a, b).isEqualTo(COMMONS.apply(a, b));
                assertThat(JaroWinkler.similarity(JaroWinkler.profile(a), JaroWinkler.profile(b))).as("%s / %s", a, b)
                        .isEqualTo(COMMONS.apply(a, b));
                assertSameAboveFloors(a, b);
            }
        }
    }

    @Test
    void aDictionarySettlesFarPairsAsTheFullComparisonWould() {
        SplittableRandom random = new SplittableRandom(17);
        Dictionary values = new Dictionary(true);
        List<String> texts = new ArrayList<>();
        for (int n = 0; n < 600; n++) {
            String base = List.of("12 chingford road", "hoe street", "flat 2, 10 o'neil st.", "mohammed", "zoë smith",
                    "a", "ab").get(n % 7);
            String text = n % 3 == 0 ? base : mutate(base, random);
            if (!text.isEmpty() && values.id(text) == texts.size()) {
                texts.add(text);
            }
        }
        for (int a = 0; a < texts.size(); a++) {
            for (int b = 0; b < texts.size(); b++) {
                String x = texts.get(a);
                String y = texts.get(b);
                assertThat(values.withinOneEdit(a, b)).as("%s / %s", x, y).isEqualTo(Edits.withinOne(x, y));
                double expected = COMMONS.apply(x, y);
                for (double floor : new double[] {0.8, 0.9, 0.92}) {
                    double got = values.similarity(a, b, floor);
                    if (expected >= floor) {
                        assertThat(got).as("%s / %s", x, y).isEqualTo(expected);
                    } else {
                        assertThat(got).as("%s / %s", x, y).isLessThan(floor);
                    }
                }
            }
        }
    }

    /** With a floor, the similarity is exact at or above it, and below it otherwise. */
    private static void assertSameAboveFloors(String a, String b) {
        double expected = COMMONS.apply(a, b);
        for (double floor : new double[] {0.7, 0.8, 0.9, 0.92}) {
            double got = JaroWinkler.similarity(JaroWinkler.profile(a), JaroWinkler.profile(b), floor);
            if (expected >= floor) {
                assertThat(got).as("%s / %s at floor %s", a, b, floor).isEqualTo(expected);
            } else {
                assertThat(got).as("%s / %s at floor %s", a, b, floor).isLessThan(floor);
            }
        }
    }

    @Test
    void sameAsCommonsTextOnRandomStringsOfEveryLength() {
        SplittableRandom random = new SplittableRandom(11);
        List<String> strings = new ArrayList<>();
        for (int n = 0; n < 4_000; n++) {
            int length = random.nextInt(n % 10 == 0 ? 90 : 14);
            StringBuilder s = new StringBuilder();
            for (int c = 0; c < length; c++) {
                s.append(n % 50 == 0 && c == 3 ? 'é' : (char) ('a' + random.nextInt(n % 2 == 0 ? 4 : 26)));
            }
            strings.add(s.toString());
        }
        for (int n = 0; n + 1 < strings.size(); n++) {
            String a = strings.get(n);
            String b = n % 3 == 0 ? mutate(a, random) : strings.get(n + 1);
            assertThat(JaroWinkler.similarity(a, b)).as("%s / %s", a, b).isEqualTo(COMMONS.apply(a, b));
            assertThat(JaroWinkler.similarity(b, a)).as("%s / %s", b, a).isEqualTo(COMMONS.apply(b, a));
            assertThat(JaroWinkler.similarity(JaroWinkler.profile(a), JaroWinkler.profile(b))).as("%s / %s", a, b)
                    .isEqualTo(COMMONS.apply(a, b));
            assertSameAboveFloors(a, b);
            assertSameAboveFloors(b, a);
        }
    }

    private static String mutate(String s, SplittableRandom random) {
        StringBuilder b = new StringBuilder(s);
        for (int k = random.nextInt(4); k > 0 && !b.isEmpty(); k--) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(3)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, (char) ('a' + random.nextInt(26)));
                default -> b.setCharAt(at, (char) ('a' + random.nextInt(26)));
            }
        }
        return b.toString();
    }
}
