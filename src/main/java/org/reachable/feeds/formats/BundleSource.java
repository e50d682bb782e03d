package org.reachable.feeds.formats;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a FHIR file into bundles without ever holding more than one bundle: either one Bundle document (JSON or XML)
 * of at most {@link #MAX_BUNDLE_BYTES}, or NDJSON with one Bundle per line, each line under the same cap. A file whose
 * first line is a whole JSON object ({ ... }) is read as NDJSON; anything else as one document. An over-long line is
 * reported and skipped without being kept; an over-long document stops the file.
 */
final class BundleSource {

    static final int MAX_BUNDLE_BYTES = 16 * 1024 * 1024;

    interface Handler {
        void bundle(byte[] bundle, long line, boolean ndjson);

        void tooLarge(long line, long bytes, boolean ndjson);
    }

    private BundleSource() {
    }

    static void read(InputStream raw, Handler handler) throws IOException {
        InputStream in = new BufferedInputStream(raw, 64 * 1024);
        Line first = line(in);
        String start = first.tooLong() ? "" : new String(first.bytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        boolean ndjson = start.startsWith("{") && start.endsWith("}");
        if (ndjson) {
            long number = 1;
            for (Line line = first; line != null; line = line(in), number++) {
                deliver(line, number, true, handler);
            }
            return;
        }
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        if (first.tooLong()) {
            handler.tooLarge(1, first.length(), false);
            return;
        }
        document.write(first.bytes());
        document.write('\n');
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (document.size() + n > MAX_BUNDLE_BYTES) {
                handler.tooLarge(1, document.size() + n, false);
                return;
            }
            document.write(buffer, 0, n);
        }
        if (!start.isEmpty() || document.size() > 1) {
            handler.bundle(document.toByteArray(), 1, false);
        }
    }

    private static void deliver(Line line, long number, boolean ndjson, Handler handler) {
        if (line.tooLong()) {
            handler.tooLarge(number, line.length(), ndjson);
        } else if (line.bytes().length > 0 && !new String(line.bytes(), java.nio.charset.StandardCharsets.UTF_8)
                .isBlank()) {
            handler.bundle(line.bytes(), number, ndjson);
        }
    }

    private record Line(byte[] bytes, long length, boolean tooLong) {
    }

    /** The next line (without its newline), or null at the end; past the cap the rest is counted, not kept. */
    private static Line line(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long length = 0;
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            length++;
            if (length <= MAX_BUNDLE_BYTES) {
                out.write(b);
            }
            b = in.read();
        }
        return new Line(length > MAX_BUNDLE_BYTES ? new byte[0] : out.toByteArray(), length,
                length > MAX_BUNDLE_BYTES);
    }
}
