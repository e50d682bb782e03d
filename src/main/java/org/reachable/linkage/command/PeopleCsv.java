package org.reachable.linkage.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.reachable.linkage.PersonRecord;

/**
 * Reads people from a CSV file (RFC 4180 by commons-csv: quoted fields, CRLF or LF line ends; UTF-8 with or without
 * a byte-order mark; header row; spaces around values ignored) through a column mapping.
 */
final class PeopleCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setTrim(true).setIgnoreEmptyLines(true).get();

    /** The records of one file, their truth values (when a truth column is mapped) and dates not valid. */
    record Loaded(List<PersonRecord> records, List<String> truth, int invalidDates, int missingDates) {
    }

    private PeopleCsv() {
    }

    static Loaded read(Path file, ColumnMapping mapping) {
        String name = file.getFileName().toString();
        try (BufferedReader reader = utf8(file); CSVParser parser = CSVParser.builder().setReader(reader)
                .setFormat(FORMAT).get()) {
            List<String> header = parser.getHeaderNames();
            checkColumns(name, header, mapping);
            List<PersonRecord> records = new ArrayList<>();
            List<String> truth = new ArrayList<>();
            int[] dates = new int[2];
            for (CSVRecord row : parser) {
                if (!row.isConsistent()) {
                    throw new LinkInputException(name + " line " + row.getParser().getCurrentLineNumber() + " has "
                            + row.size() + " fields but the header has " + header.size());
                }
                records.add(person(name, row, mapping, dates));
                truth.add(mapping.truth() == null ? null : row.get(mapping.truth()));
            }
            if (records.isEmpty()) {
                throw new LinkInputException(name + " has a header but no records");
            }
            return new Loaded(records, truth, dates[0], dates[1]);
        } catch (NoSuchFileException e) {
            throw new LinkInputException("Cannot find input file " + file.toAbsolutePath());
        } catch (CharacterCodingException e) {
            throw new LinkInputException(name + " is not valid UTF-8 text (save it as UTF-8 and run again)");
        } catch (UncheckedIOException e) {
            throw new LinkInputException(name + " is not well-formed CSV: " + message(e.getCause()));
        } catch (IOException e) {
            throw new LinkInputException("Cannot read " + name + ": " + message(e));
        } catch (IllegalArgumentException e) {
            throw new LinkInputException(name + ": " + e.getMessage());
        }
    }

    /** A strict UTF-8 reader that skips a byte-order mark. */
    private static BufferedReader utf8(Path file) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static void checkColumns(String name, List<String> header, ColumnMapping mapping) {
        if (header.isEmpty()) {
            throw new LinkInputException(name + " is empty: the first line must be a header naming the columns");
        }
        mapping.columnsByOption().forEach((column, option) -> {
            if (!header.contains(column)) {
                throw new LinkInputException("Column '" + column + "' (" + option + ") is not in " + name
                        + "; its columns are " + header);
            }
        });
    }

    private static PersonRecord person(String file, CSVRecord row, ColumnMapping m, int[] dates) {
        String id = row.get(m.id());
        if (id.isBlank()) {
            throw new LinkInputException(file + " line " + row.getParser().getCurrentLineNumber()
                    + ": column '" + m.id() + "' (--id) is empty; every record needs an id");
        }
        List<String> others = new ArrayList<>();
        for (String column : m.otherNames()) {
            Arrays.stream(row.get(column).split("[;|]")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(others::add);
        }
        Map<String, String> identifiers = new HashMap<>();
        m.identifiers().forEach((scheme, column) -> identifiers.put(scheme, row.get(column)));
        Map<String, String> attributes = new HashMap<>();
        m.attributes().forEach(column -> attributes.put(column, row.get(column)));
        String address = String.join(" ", m.address().stream().map(row::get).filter(s -> !s.isBlank()).toList());
        return new PersonRecord(id, m.source() == null ? file : row.get(m.source()), get(row, m.given()),
                get(row, m.family()), others, date(row, m, dates), get(row, m.sex()), get(row, m.postcode()),
                address, identifiers, attributes);
    }

    /** ISO date when the text parses in the given format; otherwise the text itself (compared by its digits). */
    private static String date(CSVRecord row, ColumnMapping m, int[] dates) {
        String text = get(row, m.dateOfBirth());
        if (text.isEmpty()) {
            if (m.dateOfBirth() != null) {
                dates[1]++;
            }
            return "";
        }
        try {
            return LocalDate.parse(text, m.dateFormat()).toString();
        } catch (DateTimeParseException e) {
            dates[0]++;
            return text;
        }
    }

    private static String get(CSVRecord row, String column) {
        return column == null ? "" : row.get(column);
    }

    private static String message(Throwable e) {
        return e == null || e.getMessage() == null ? "unreadable" : e.getMessage();
    }
}
