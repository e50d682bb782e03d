package org.reachable.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Small numbers are hidden, and hidden cells cannot be recovered from the published totals by subtraction. */
class SuppressionTest {

    /** Built so that primary suppression alone leaves the 3 recoverable from its row and column totals. */
    private static final long[][] RECOVERABLE = {
            {3, 20, 30},
            {12, 15, 40},
            {25, 0, 18}};

    @Test
    void primarySuppressionAloneWouldLeaveTheSmallCountRecoverable() {
        long rowTotal = 3 + 20 + 30;
        assertThat(rowTotal - 20 - 30).as("what a reader could work out without secondary suppression").isEqualTo(3);
    }

    @Test
    void secondarySuppressionLeavesNothingRecoverable() {
        Suppression.Published published = Suppression.publish(RECOVERABLE);
        assertThat(published.cells()[0][0]).isNull();
        assertThat(recoverByLineSubtraction(published)).as("cells recovered by subtraction").isZero();
        assertThat(published.grandTotal()).isEqualTo(163L);
        // The complementary cells are the smallest others in the same row and column.
        assertThat(published.cells()[0][1]).isNull();
        assertThat(published.cells()[1][0]).isNull();
        assertThat(published.cells()[1][1]).as("closes the rectangle so row 1 is safe too").isNull();
        assertThat(published.cells()[2][2]).isEqualTo(18L);
    }

    @Test
    void zerosAndLargeCountsAreShownAndSmallTotalsAreHidden() {
        Suppression.Published published = Suppression.publish(new long[][]{{0, 2}, {0, 1}});
        assertThat(published.cells()[0][0]).isZero();
        assertThat(published.columnTotals()[1]).isNull();
        assertThat(published.rowTotals()[0]).isNull();
        assertThat(recoverByLineSubtraction(published)).isZero();
    }

    /** An attacker's method: solve any row or column with one unknown, repeat until nothing changes. */
    private static int recoverByLineSubtraction(Suppression.Published p) {
        int rows = p.cells().length;
        int cols = p.cells()[0].length;
        Long[][] known = new Long[rows][cols];
        for (int r = 0; r < rows; r++) {
            known[r] = p.cells()[r].clone();
        }
        int recovered = 0;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int r = 0; r < rows; r++) {
                if (p.rowTotals()[r] != null) {
                    int unknown = -1;
                    int count = 0;
                    long sum = 0;
                    for (int c = 0; c < cols; c++) {
                        if (known[r][c] == null) {
                            unknown = c;
                            count++;
                        } else {
                            sum += known[r][c];
                        }
                    }
                    if (count == 1) {
                        known[r][unknown] = p.rowTotals()[r] - sum;
                        recovered++;
                        progress = true;
                    }
                }
            }
            for (int c = 0; c < cols; c++) {
                if (p.columnTotals()[c] != null) {
                    int unknown = -1;
                    int count = 0;
                    long sum = 0;
                    for (int r = 0; r < rows; r++) {
                        if (known[r][c] == null) {
                            unknown = r;
                            count++;
                        } else {
                            sum += known[r][c];
                        }
                    }
                    if (count == 1) {
                        known[unknown][c] = p.columnTotals()[c] - sum;
                        recovered++;
                        progress = true;
                    }
                }
            }
        }
        return recovered;
    }
}
