package org.reachable.feeds.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.reachable.chronology.EventFamily;
import org.reachable.chronology.EventType;
import org.reachable.chronology.NewEvent;
import org.reachable.feeds.FeedFormat;
import org.reachable.feeds.IncomingPerson;
import org.reachable.feeds.IncomingRecord;
import org.reachable.feeds.ParseProblem;
import org.reachable.feeds.Provenance;

/**
 * One event family's CSV (csv-police, csv-health, ...): the shared columns, with event types limited to the family,
 * so that a file sent as police data cannot carry, say, school exclusions by mistake. Records are split by
 * {@link PhysicalRecords} (bounded memory) and each is parsed by Apache Commons CSV (quoting and escapes).
 */
class CsvEventFormat implements FeedFormat {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setTrim(false).get();

    private final String name;
    private final String description;
    private final Set<EventFamily> families;

    CsvEventFormat(String name, String description, Set<EventFamily> families) {
        this.name = name;
        this.description = description;
        this.families = Set.copyOf(families);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    /** The event type codes this format accepts. */
    List<String> typeCodes() {
        return Arrays.stream(EventType.values()).filter(t -> families.contains(t.family())).map(EventType::code)
                .toList();
    }

    @Override
    public void parse(InputStream in, String fileName, Sink sink) throws IOException {
        PhysicalRecords records = new PhysicalRecords(in);
        PhysicalRecords.Raw headerLine = records.next();
        if (headerLine == null) {
            sink.problem(new ParseProblem(fileName, 1L, null, null, null, "The file is empty: expected a header "
                    + "line naming the columns, then one line per event", ""));
            return;
        }
        if (headerLine.problem() != null) {
            sink.problem(new ParseProblem(fileName, headerLine.line(), null, null, null, headerLine.problem(),
                    headerLine.text()));
            return;
        }
        List<String> header = fields(headerLine.text()).stream().map(CsvColumns::canonical).toList();
        List<String> headerProblems = CsvColumns.headerProblems(header);
        if (!headerProblems.isEmpty()) {
            sink.problem(new ParseProblem(fileName, headerLine.line(), null, null, null,
                    String.join(". ", headerProblems) + ". Nothing in this file was read", headerLine.text()));
            return;
        }
        PhysicalRecords.Raw raw;
        while ((raw = records.next()) != null) {
            String rawText = headerLine.text() + "\n" + raw.text();
            if (raw.problem() != null) {
                sink.problem(new ParseProblem(fileName, raw.line(), null, null, null, raw.problem(), rawText));
                continue;
            }
            List<String> values;
            try {
                values = fields(raw.text());
            } catch (IllegalStateException | IOException e) {
                sink.problem(new ParseProblem(fileName, raw.line(), null, null, null,
                        "Not a valid CSV line: " + e.getMessage(), rawText));
                continue;
            }
            if (values.size() != header.size()) {
                sink.problem(new ParseProblem(fileName, raw.line(), null, null, values.size() + " fields",
                        "The line has " + values.size() + " fields but the header has " + header.size(), rawText));
                continue;
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), values.get(i).isBlank() ? null : values.get(i).strip());
            }
            String type = row.get("event_type");
            if (type != null && EventType.fromCode(type).isPresent() && !typeCodes().contains(type)) {
                sink.problem(new ParseProblem(fileName, raw.line(), row.get("reference"), "event_type", type,
                        name + " carries only these event types: " + String.join(", ", typeCodes()), rawText));
                continue;
            }
            sink.record(record(row, fileName, raw.line()));
        }
    }

    private static IncomingRecord record(Map<String, String> row, String fileName, long line) {
        Map<String, String> identifiers = new HashMap<>();
        CsvColumns.IDENTIFIERS.forEach((column, scheme) -> {
            if (row.get(column) != null) {
                identifiers.put(scheme, row.get(column));
            }
        });
        Map<String, String> details = new HashMap<>();
        row.forEach((column, value) -> {
            if (column.startsWith(CsvColumns.DETAIL_PREFIX) && value != null) {
                details.put(column.substring(CsvColumns.DETAIL_PREFIX.length()), value);
            }
        });
        List<String> otherNames = row.get("other_names") == null ? List.of()
                : Arrays.stream(row.get("other_names").split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(ArrayList::new));
        return new IncomingRecord(new Provenance(row.get("source_system"), row.get("reference"), fileName, line),
                new IncomingPerson(row.get("given_names"), row.get("family_name"), otherNames,
                        row.get("date_of_birth"), row.get("sex"), row.get("ethnicity"), row.get("address_line"),
                        row.get("postcode"), identifiers),
                new NewEvent(row.get("event_type"), row.get("occurred_at"), row.get("summary"),
                        row.get("child_words"), row.get("sensitivity"), details),
                row.get("recorded_by"), row.get("recorded_at"));
    }

    private static List<String> fields(String line) throws IOException {
        try (CSVParser parser = CSV.parse(new StringReader(line))) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                return List.of();
            }
            if (records.size() > 1) {
                throw new IllegalStateException("one line holds more than one record");
            }
            return records.getFirst().toList();
        } catch (java.io.UncheckedIOException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e);
        }
    }
}
