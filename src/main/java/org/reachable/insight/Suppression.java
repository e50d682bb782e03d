package org.reachable.insight;

import java.util.Arrays;
import org.reachable.platform.statistics.SmallNumbers;

/**
 * Small-number suppression for a two-way table published with its row, column and grand totals. Primary: counts from
 * 1 to 4 are hidden. Secondary: a row or column with exactly one hidden cell would let anyone recover it by
 * subtraction from the total, so the smallest other non-zero cell in that line is hidden too (or, where there is
 * none, the line's total), repeated until no line has exactly one hidden value. Zeros are shown: they identify
 * no one, and hiding them would not protect a neighbour either, since a reader can see which cells are blank.
 */
public final class Suppression {

    private Suppression() {
    }

    /** Cells and totals as they may be published; null means hidden. */
    public record Published(Long[][] cells, Long[] rowTotals, Long[] columnTotals, Long grandTotal) {
    }

    public static Published publish(long[][] counts) {
        int rows = counts.length;
        int cols = rows == 0 ? 0 : counts[0].length;
        boolean[][] hidden = new boolean[rows][cols];
        boolean[] rowTotalHidden = new boolean[rows];
        boolean[] colTotalHidden = new boolean[cols];
        long[] rowTotals = new long[rows];
        long[] colTotals = new long[cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                hidden[r][c] = SmallNumbers.publishable(counts[r][c]) == null;
                rowTotals[r] += counts[r][c];
                colTotals[c] += counts[r][c];
            }
        }
        for (int r = 0; r < rows; r++) {
            rowTotalHidden[r] = SmallNumbers.publishable(rowTotals[r]) == null;
        }
        for (int c = 0; c < cols; c++) {
            colTotalHidden[c] = SmallNumbers.publishable(colTotals[c]) == null;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++) {
                changed |= protectLine(counts[r], hidden[r], rowTotalHidden, r);
            }
            for (int c = 0; c < cols; c++) {
                long[] column = new long[rows];
                boolean[] columnHidden = new boolean[rows];
                for (int r = 0; r < rows; r++) {
                    column[r] = counts[r][c];
                    columnHidden[r] = hidden[r][c];
                }
                if (protectLine(column, columnHidden, colTotalHidden, c)) {
                    changed = true;
                    for (int r = 0; r < rows; r++) {
                        hidden[r][c] = columnHidden[r];
                    }
                }
            }
        }
        Long[][] cells = new Long[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                cells[r][c] = hidden[r][c] ? null : counts[r][c];
            }
        }
        long grand = Arrays.stream(rowTotals).sum();
        return new Published(cells, shown(rowTotals, rowTotalHidden), shown(colTotals, colTotalHidden),
                SmallNumbers.publishable(grand));
    }

    /** Makes sure the line (with its total) does not have exactly one hidden value. Returns whether it changed. */
    private static boolean protectLine(long[] values, boolean[] hidden, boolean[] totalHidden, int line) {
        if (totalHidden[line]) {
            return false;
        }
        int hiddenCount = 0;
        for (boolean h : hidden) {
            hiddenCount += h ? 1 : 0;
        }
        if (hiddenCount != 1) {
            return false;
        }
        int smallest = -1;
        for (int i = 0; i < values.length; i++) {
            if (!hidden[i] && values[i] > 0 && (smallest < 0 || values[i] < values[smallest])) {
                smallest = i;
            }
        }
        if (smallest >= 0) {
            hidden[smallest] = true;
        } else {
            totalHidden[line] = true;
        }
        return true;
    }

    private static Long[] shown(long[] totals, boolean[] hidden) {
        Long[] out = new Long[totals.length];
        for (int i = 0; i < totals.length; i++) {
            out[i] = hidden[i] ? null : totals[i];
        }
        return out;
    }
}
