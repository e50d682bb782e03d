package org.reachable.feeds.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits a CSV byte stream into records before any CSV parsing, so that the size of what is held in memory is bounded
 * whatever the file holds: a line longer than {@link #MAX_RECORD_BYTES} is skipped to its end (only its first bytes
 * kept, for the report), and a quoted field left open cannot swallow the rest of the file. Handles a UTF-8 byte
 * order mark, CRLF and LF, quoted line breaks (a record ends at a line break outside quotes: an even number of
 * quote characters so far), and reports bytes that are not UTF-8 instead of guessing.
 */
final class PhysicalRecords {

    static final int MAX_RECORD_BYTES = 64 * 1024;
    static final int MAX_LINES_PER_RECORD = 100;
    static final int KEPT_OF_OVERLONG = 1_000;

    /** One record's text and the line it starts on, or why it could not be read (text then holds what was kept). */
    record Raw(long line, String text, String problem) {
    }

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long line;
    private boolean first = true;
    private long bytesRead;

    PhysicalRecords(InputStream in) {
        this.in = in;
    }

    long bytesRead() {
        return bytesRead;
    }

    /** The next record, or null at the end of the file. */
    Raw next() throws IOException {
        while (true) {
            if (first) {
                first = false;
                String encodingProblem = skipByteOrderMark();
                if (encodingProblem != null) {
                    return new Raw(1, "", encodingProblem);
                }
            }
            long start = line + 1;
            Bytes record = new Bytes();
            int quotes = 0;
            int lines = 0;
            boolean overlong = false;
            boolean any = false;
            while (true) {
                int b = read();
                if (b < 0) {
                    if (!any) {
                        return null;
                    }
                    break;
                }
                any = true;
                if (b == '\n') {
                    line++;
                    lines++;
                    if (quotes % 2 == 0 || lines >= MAX_LINES_PER_RECORD || overlong) {
                        break;
                    }
                    record.add(b);
                    continue;
                }
                if (b == '"') {
                    quotes++;
                }
                if (record.size() >= MAX_RECORD_BYTES) {
                    overlong = true;
                    record.count();
                    continue;
                }
                record.add(b);
            }
            if (line < start) {
                line = start; // the last line had no line break
            }
            String text;
            String problem = null;
            if (overlong) {
                text = new String(record.bytes, 0, Math.min(record.size(), KEPT_OF_OVERLONG), StandardCharsets.UTF_8)
                        + "…";
                return new Raw(start, text, "The record is " + record.total + " bytes long, over the limit of "
                        + MAX_RECORD_BYTES + " bytes (only its first " + KEPT_OF_OVERLONG
                        + " characters are kept here); check the file was exported correctly");
            }
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(record.bytes, 0, record.size())).toString();
            } catch (CharacterCodingException e) {
                text = new String(record.bytes, 0, record.size(), java.nio.charset.Charset.forName("windows-1252"));
                problem = "Not UTF-8 text: the file looks like Windows-1252 or Latin-1 (é, £ and ’ are written "
                        + "differently). Save or export the file as UTF-8 and send it again";
            }
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            if (problem == null && quotes % 2 != 0) {
                problem = "A quoted field is not closed (an odd number of \" characters)";
            }
            if (problem == null && text.isBlank()) {
                continue;
            }
            if (problem == null && text.indexOf('\u0000') >= 0) {
                problem = "The record contains NUL bytes: the file is binary or UTF-16, not UTF-8 CSV";
                text = text.replace('\u0000', '?');
            }
            return new Raw(start, text, problem);
        }
    }

    /** Skips a UTF-8 byte order mark; a UTF-16 or UTF-32 one means the file cannot be read as UTF-8. */
    private String skipByteOrderMark() throws IOException {
        fill();
        if (limit - position >= 3 && (buffer[position] & 0xFF) == 0xEF && (buffer[position + 1] & 0xFF) == 0xBB
                && (buffer[position + 2] & 0xFF) == 0xBF) {
            position += 3;
            bytesRead += 3;
            return null;
        }
        if (limit - position >= 2 && (((buffer[position] & 0xFF) == 0xFF && (buffer[position + 1] & 0xFF) == 0xFE)
                || ((buffer[position] & 0xFF) == 0xFE && (buffer[position + 1] & 0xFF) == 0xFF))) {
            position = limit;
            return "The file is UTF-16 (\"Unicode\" in Excel), not UTF-8: save it as \"CSV UTF-8\" and send it again";
        }
        return null;
    }

    private int read() throws IOException {
        if (position >= limit && !fill()) {
            return -1;
        }
        bytesRead++;
        return buffer[position++] & 0xFF;
    }

    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    /** A growable byte array that stops growing at the record limit but keeps counting. */
    private static final class Bytes {
        private byte[] bytes = new byte[256];
        private int size;
        private long total;

        void add(int b) {
            if (size == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.min(bytes.length * 2, MAX_RECORD_BYTES));
            }
            bytes[size++] = (byte) b;
            total++;
        }

        void count() {
            total++;
        }

        int size() {
            return size;
        }
    }
}
