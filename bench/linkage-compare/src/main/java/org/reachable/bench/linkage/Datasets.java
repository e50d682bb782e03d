package org.reachable.bench.linkage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Loads the benchmark datasets and their truth. */
final class Datasets {

    static final List<Field> FEBRL_FIELDS = List.of(
            new Field("given_name", FieldKind.GIVEN_NAME), new Field("surname", FieldKind.FAMILY_NAME),
            new Field("street_number", FieldKind.HOUSE_NUMBER), new Field("address_1", FieldKind.ADDRESS),
            new Field("address_2", FieldKind.ADDRESS), new Field("suburb", FieldKind.PLACE),
            new Field("postcode", FieldKind.POSTCODE), new Field("state", FieldKind.REGION),
            new Field("date_of_birth", FieldKind.DATE_OF_BIRTH), new Field("soc_sec_id", FieldKind.NUMBER));

    static final List<Field> FAKE_FIELDS = List.of(
            new Field("first_name", FieldKind.GIVEN_NAME), new Field("surname", FieldKind.FAMILY_NAME),
            new Field("dob", FieldKind.DATE_OF_BIRTH), new Field("city", FieldKind.PLACE),
            new Field("email", FieldKind.EMAIL));

    static final List<Field> BOROUGH_FIELDS = List.of(
            new Field("given_names", FieldKind.GIVEN_NAME), new Field("family_name", FieldKind.FAMILY_NAME),
            new Field("date_of_birth", FieldKind.DATE_OF_BIRTH), new Field("sex", FieldKind.SEX),
            new Field("postcode", FieldKind.POSTCODE), new Field("address_line1", FieldKind.ADDRESS),
            new Field("nhs_number", FieldKind.IDENTIFIER), new Field("upn", FieldKind.IDENTIFIER),
            new Field("police_ref", FieldKind.IDENTIFIER), new Field("csc_ref", FieldKind.IDENTIFIER),
            new Field("yjs_ref", FieldKind.IDENTIFIER));

    static final List<String> BOROUGH_AGENCIES = List.of("police", "schools", "health", "csc", "yjs");

    private static final Pattern FEBRL_ID = Pattern.compile("rec-(\\d+)-(org|dup-\\d+)");

    private Datasets() {
    }

    /** A FEBRL deduplication file: {@code rec-N-org} and {@code rec-N-dup-k} are person N. */
    static Dataset febrlDedupe(String name, Path file) throws IOException {
        List<Rec> records = new ArrayList<>();
        Map<String, String> truth = new LinkedHashMap<>();
        readFebrl(file, 0, records, truth);
        return new Dataset(name, Dataset.Mode.DEDUPE, FEBRL_FIELDS, records, truth);
    }

    /** Two FEBRL files to link (FEBRL4: 4a and 4b, one record per person in each). */
    static Dataset febrlLink(String name, Path first, Path second) throws IOException {
        List<Rec> records = new ArrayList<>();
        Map<String, String> truth = new LinkedHashMap<>();
        readFebrl(first, 1, records, truth);
        readFebrl(second, 2, records, truth);
        return new Dataset(name, Dataset.Mode.LINK, FEBRL_FIELDS, records, truth);
    }

    private static void readFebrl(Path file, int source, List<Rec> records, Map<String, String> truth)
            throws IOException {
        for (Map<String, String> row : Csv.read(file)) {
            String id = row.get("rec_id");
            Matcher m = FEBRL_ID.matcher(id);
            if (!m.matches()) {
                throw new IOException(file + ": unexpected FEBRL record id " + id);
            }
            if (truth.put(id, "person-" + m.group(1)) != null) {
                throw new IOException(file + ": record id " + id + " appears twice");
            }
            records.add(new Rec(id, source, values(row, FEBRL_FIELDS)));
        }
    }

    /** Splink's fake_1000: the {@code cluster} column is the true entity. */
    static Dataset fake(String name, Path file) throws IOException {
        List<Rec> records = new ArrayList<>();
        Map<String, String> truth = new LinkedHashMap<>();
        for (Map<String, String> row : Csv.read(file)) {
            records.add(new Rec(row.get("unique_id"), 0, values(row, FAKE_FIELDS)));
            truth.put(row.get("unique_id"), "cluster-" + row.get("cluster"));
        }
        return new Dataset(name, Dataset.Mode.DEDUPE, FAKE_FIELDS, records, truth);
    }

    /**
     * The held-out split of fake_1000 by true cluster: records of even clusters tune, records of odd clusters
     * test. Writes the chosen half (same columns as the original) to {@code out} so every system reads it.
     */
    static Path fakeHalf(Path file, boolean even, Path out) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = Csv.parse(lines.getFirst()).getFirst();
        int cluster = header.indexOf("cluster");
        List<String> kept = new ArrayList<>();
        kept.add(lines.getFirst());
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            int c = Integer.parseInt(Csv.parse(line).getFirst().get(cluster).strip());
            if ((c % 2 == 0) == even) {
                kept.add(line);
            }
        }
        Files.createDirectories(out.getParent());
        Files.write(out, kept, StandardCharsets.UTF_8);
        return out;
    }

    /**
     * The synthetic borough's five agency views, deduplicated together (agencies hold duplicates of their own).
     * Truth from {@code truth.csv} (agency, record_id, person_id).
     */
    static Dataset borough(String name, Path dir) throws IOException {
        List<Rec> records = new ArrayList<>();
        for (String agency : BOROUGH_AGENCIES) {
            for (Map<String, String> row : Csv.read(dir.resolve(agency + ".csv"))) {
                records.add(new Rec(row.get("record_id"), 0, values(row, BOROUGH_FIELDS)));
            }
        }
        Map<String, String> truth = new LinkedHashMap<>();
        for (Map<String, String> row : Csv.read(dir.resolve("truth.csv"))) {
            if (truth.put(row.get("record_id"), row.get("person_id")) != null) {
                throw new IOException("borough record id " + row.get("record_id") + " is not unique");
            }
        }
        return new Dataset(name, Dataset.Mode.DEDUPE, BOROUGH_FIELDS, records, truth);
    }

    /** All five agency views in one CSV (agency column added), for tools that take one file. */
    static void writeBoroughCombined(Path dir, Path out) throws IOException {
        List<String> columns = new ArrayList<>(List.of("record_id", "agency", "organisation_code"));
        BOROUGH_FIELDS.forEach(f -> columns.add(f.name()));
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            Csv.writeRow(w, columns);
            for (String agency : BOROUGH_AGENCIES) {
                for (Map<String, String> row : Csv.read(dir.resolve(agency + ".csv"))) {
                    List<String> values = new ArrayList<>();
                    for (String column : columns) {
                        values.add(column.equals("agency") ? agency : row.getOrDefault(column, ""));
                    }
                    Csv.writeRow(w, values);
                }
            }
        }
    }

    private static Map<String, String> values(Map<String, String> row, List<Field> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : fields) {
            String value = Cleaning.clean(field.kind(), row.get(field.name()));
            if (!value.isEmpty()) {
                values.put(field.name(), value);
            }
        }
        return values;
    }
}
