package org.reachable.insight.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.reachable.insight.ImportRefusedException;

/** Opens a CSV file (optionally gzipped, optionally with a UTF-8 byte-order mark) whose first line names the columns. */
public final class CsvFiles {

    private static final CSVFormat WITH_HEADER = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();

    private CsvFiles() {
    }

    public static CSVParser open(Path file, List<String> requiredColumns) {
        if (!Files.isReadable(file)) {
            throw new ImportRefusedException("Cannot read " + file + ": no such file, or not readable");
        }
        try {
            InputStream in = Files.newInputStream(file);
            if (file.getFileName().toString().endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            return open(new InputStreamReader(in, StandardCharsets.UTF_8), file.getFileName().toString(),
                    requiredColumns);
        } catch (IOException e) {
            throw new ImportRefusedException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static CSVParser open(Reader reader, String name, List<String> requiredColumns) {
        try {
            CSVParser parser = WITH_HEADER.parse(withoutByteOrderMark(new BufferedReader(reader, 1 << 16)));
            List<String> missing = requiredColumns.stream()
                    .filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                parser.close();
                throw new ImportRefusedException(name + " lacks the column(s) " + missing + "; its header is "
                        + parser.getHeaderNames());
            }
            return parser;
        } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new ImportRefusedException(name + " is not a CSV file with a header line: " + e.getMessage(), e);
        }
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
