package org.reachable.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** One typing error between dates of birth held as digits is found as it is between their texts. */
class EditsTest {

    @Test
    void digitsOfIntsAgreeWithTheirText() {
        assertThat(Edits.withinOne(20110419, 20110419)).isTrue();
        assertThat(Edits.withinOne(20110419, 20110491)).isTrue();
        assertThat(Edits.withinOne(20110419, 20110418)).isTrue();
        assertThat(Edits.withinOne(20110419, 2011049)).isTrue();
        assertThat(Edits.withinOne(20110419, 20110518)).isFalse();
        assertThat(Edits.withinOne(20110419, 201104)).isFalse();
        SplittableRandom random = new SplittableRandom(3);
        for (int n = 0; n < 200_000; n++) {
            int a = random.nextInt(n % 2 == 0 ? 100_000_000 : Integer.MAX_VALUE);
            int b = switch (n % 4) {
                case 0 -> random.nextInt(100_000_000);
                case 1 -> a + random.nextInt(-1_000, 1_000);
                case 2 -> Math.max(0, a / 10 + random.nextInt(-2, 3));
                default -> swapTwoDigits(a, random);
            };
            b = Math.max(0, b);
            assertThat(Edits.withinOne(a, b)).as("%d / %d", a, b)
                    .isEqualTo(Edits.withinOne(Integer.toString(a), Integer.toString(b)));
        }
    }

    private static int swapTwoDigits(int a, SplittableRandom random) {
        char[] digits = Integer.toString(a).toCharArray();
        if (digits.length < 2) {
            return a;
        }
        int at = random.nextInt(digits.length - 1);
        char swap = digits[at];
        digits[at] = digits[at + 1];
        digits[at + 1] = swap;
        return (int) Math.min(Integer.MAX_VALUE, Long.parseLong(new String(digits)));
    }
}
