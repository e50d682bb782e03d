package org.reachable.linkage.command;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.reachable.linkage.PersonRecord;

/** Where the true person of each record comes from, for evaluation: nothing, a column, FEBRL ids or a file. */
final class Truth {

    private static final Pattern FEBRL = Pattern.compile("rec-(\\d+)-(org|dup-\\d+)");

    private Truth() {
    }

    /** FEBRL ids: {@code rec-12-org} and {@code rec-12-dup-0} are person 12. */
    static List<String> febrl(List<PersonRecord> records) {
        List<String> truth = new ArrayList<>(records.size());
        for (PersonRecord r : records) {
            Matcher m = FEBRL.matcher(r.id());
            if (!m.matches()) {
                throw new LinkInputException("--truth-febrl: record id '" + r.id()
                        + "' is not a FEBRL id like rec-12-org or rec-12-dup-0");
            }
            truth.add(m.group(1));
        }
        return truth;
    }

    /** A truth file with a record id column and a person (cluster) column; records not in it are unknown. */
    static List<String> file(Path file, String idColumn, String clusterColumn, List<PersonRecord> records) {
        Map<String, String> byId = new HashMap<>();
        String name = file.getFileName().toString();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (String column : List.of(idColumn, clusterColumn)) {
                if (!parser.getHeaderNames().contains(column)) {
                    throw new LinkInputException("Column '" + column + "' is not in truth file " + name
                            + "; its columns are " + parser.getHeaderNames());
                }
            }
            for (CSVRecord row : parser) {
                byId.put(row.get(idColumn), row.get(clusterColumn));
            }
        } catch (NoSuchFileException e) {
            throw new LinkInputException("Cannot find truth file " + file.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            if (e instanceof LinkInputException l) {
                throw l;
            }
            throw new LinkInputException("Cannot read truth file " + name + ": " + e.getMessage());
        }
        return records.stream().map(r -> byId.get(r.id())).toList();
    }
}
