package org.reachable.linkage.internal;

import java.util.Arrays;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Every distinct (normalised) name, given or family, with what is derived from it once: its Double Metaphone code
 * (commons-codec) for blocking and its nickname groups. One table for both kinds of name, so a forename/surname swap
 * is an id comparison.
 */
public final class NameTable extends Dictionary {

    private static final int[] NO_GROUPS = new int[0];

    private final DoubleMetaphone metaphone = new DoubleMetaphone();
    private final Nicknames nicknames;
    private int[] phonetic = new int[1024];
    private int[][] groups = new int[1024][];

    public NameTable(Nicknames nicknames) {
        super(true);
        this.nicknames = nicknames;
        metaphone.setMaxCodeLen(6);
    }

    @Override
    protected void added(int id, String value) {
        if (id >= phonetic.length) {
            phonetic = Arrays.copyOf(phonetic, phonetic.length * 2);
            groups = Arrays.copyOf(groups, groups.length * 2);
        }
        String letters = value.replaceAll("[^a-z]", "");
        String code = letters.isEmpty() ? value : metaphone.doubleMetaphone(letters);
        phonetic[id] = code == null || code.isEmpty() ? value.hashCode() : code.hashCode();
        int[] found = nicknames.groupsOf(value);
        groups[id] = found.length == 0 ? NO_GROUPS : found;
    }

    /** A hash of the name's primary Double Metaphone code. */
    public int phonetic(int id) {
        return phonetic[id];
    }

    public int[] nicknameGroups(int id) {
        return groups[id];
    }
}
