package org.reachable.linkage.internal;

import java.util.Arrays;

/**
 * For the streaming index: which records hold each blocking key. An open-addressing table from key to the head of a
 * linked list of entries held in two int arrays, so a million people cost a few hundred megabytes, not gigabytes of
 * boxed lists. Entries of removed records stay until they are skipped by the caller.
 */
public final class Postings {

    private static final long EMPTY = Long.MIN_VALUE;

    /**
     * Small to start with, and doubled as needed: an index is also made for the few new people of one batch of the
     * events API, several times a second, where tables sized for a register would be megabytes of garbage each time.
     */
    private static final int INITIAL = 1 << 8;

    private long[] keys = new long[INITIAL];
    private int[] heads = new int[keys.length];
    private int[] counts = new int[keys.length];
    private int used;
    private int[] record = new int[INITIAL];
    private int[] next = new int[record.length];
    private int entries;

    public Postings() {
        Arrays.fill(keys, EMPTY);
    }

    public void add(long key, int entry) {
        if (used * 2 >= keys.length) {
            rehash();
        }
        int slot = slotOf(key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            heads[slot] = -1;
            used++;
        }
        if (entries == record.length) {
            record = Arrays.copyOf(record, entries * 2);
            next = Arrays.copyOf(next, entries * 2);
        }
        record[entries] = entry;
        next[entries] = heads[slot];
        heads[slot] = entries++;
        counts[slot]++;
    }

    /** How many entries hold this key. */
    public int size(long key) {
        int slot = slotOf(key);
        return keys[slot] == EMPTY ? 0 : counts[slot];
    }

    /** Appends the entries holding this key to {@code out} (from {@code size}, room for them); the new size. */
    public int collect(long key, int[] out, int size) {
        int slot = slotOf(key);
        if (keys[slot] == EMPTY) {
            return size;
        }
        for (int e = heads[slot]; e >= 0; e = next[e]) {
            out[size++] = record[e];
        }
        return size;
    }

    private int slotOf(long key) {
        int mask = keys.length - 1;
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        heads = new int[keys.length];
        counts = new int[keys.length];
        Arrays.fill(keys, EMPTY);
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != EMPTY) {
                int slot = slotOf(oldKeys[s]);
                keys[slot] = oldKeys[s];
                heads[slot] = oldHeads[s];
                counts[slot] = oldCounts[s];
            }
        }
    }
}
