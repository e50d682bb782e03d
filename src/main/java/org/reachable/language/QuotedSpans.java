package org.reachable.language;

import java.util.BitSet;

/**
 * Marks the parts of a text inside quotation marks, where a practitioner records the child's (or anyone's) own words.
 * Those are evidence, quoted exactly, and are never flagged. Straight double quotes pair up; curly quotes open and
 * close; a straight single quote counts only when it opens after a space or at the start and closes before a space,
 * punctuation or the end (so "didn't" and "the children's" are not quotes).
 */
final class QuotedSpans {

    private static final int MAX_QUOTE = 2_000;

    private QuotedSpans() {
    }

    static BitSet of(String text) {
        BitSet quoted = new BitSet(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = switch (c) {
                case '"' -> text.indexOf('"', i + 1);
                case '\u201C' -> text.indexOf('\u201D', i + 1);
                case '\u2018' -> closingSingle(text, i, '\u2019');
                case '\'' -> opensSingle(text, i) ? closingSingle(text, i, '\'') : -1;
                default -> -1;
            };
            if (close > i && close - i <= MAX_QUOTE) {
                quoted.set(i, close + 1);
                i = close + 1;
            } else {
                i++;
            }
        }
        return quoted;
    }

    private static boolean opensSingle(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }

    private static int closingSingle(String text, int open, char closer) {
        for (int j = open + 1; j < text.length() && j - open <= MAX_QUOTE; j++) {
            boolean endsWord = j + 1 == text.length() || !Character.isLetter(text.charAt(j + 1));
            char before = text.charAt(j - 1);
            boolean afterWords = j > open + 1 && (Character.isLetterOrDigit(before) || ".!?,".indexOf(before) >= 0);
            if (text.charAt(j) == closer && endsWord && afterWords) {
                return j;
            }
        }
        return -1;
    }
}
