package org.reachable.linkage.internal;

import java.util.Arrays;
import java.util.List;

/** Candidate pairs as three parallel primitive arrays (first record, second record, comparison pattern). */
public final class PairBuffer {

    int[] first;
    int[] second;
    long[] pattern;
    int size;

    public PairBuffer(int capacity) {
        first = new int[Math.max(16, capacity)];
        second = new int[first.length];
        pattern = new long[first.length];
    }

    void add(int i, int j, long p) {
        if (size == first.length) {
            int capacity = size * 2;
            first = Arrays.copyOf(first, capacity);
            second = Arrays.copyOf(second, capacity);
            pattern = Arrays.copyOf(pattern, capacity);
        }
        first[size] = i;
        second[size] = j;
        pattern[size++] = p;
    }

    public int size() {
        return size;
    }

    public int first(int k) {
        return first[k];
    }

    public int second(int k) {
        return second[k];
    }

    public long pattern(int k) {
        return pattern[k];
    }

    /** All the parts in one buffer; the list is emptied as it goes, so each part can be collected once copied. */
    static PairBuffer concat(List<PairBuffer> parts) {
        PairBuffer all = new PairBuffer(parts.stream().mapToInt(PairBuffer::size).sum());
        for (int p = 0; p < parts.size(); p++) {
            PairBuffer part = parts.set(p, null);
            System.arraycopy(part.first, 0, all.first, all.size, part.size);
            System.arraycopy(part.second, 0, all.second, all.size, part.size);
            System.arraycopy(part.pattern, 0, all.pattern, all.size, part.size);
            all.size += part.size;
        }
        return all;
    }
}
