package org.reachable.insight;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The must-show figures computed a second way, straight from the published files with none of Insight's code: the
 * ethnicity grouping uses the first words of police.uk's and the Census's own labels, not Insight's mapping.
 */
final class IndependentFigures {

    private IndependentFigures() {
    }

    /** Street crimes counted by a key taken from each row (e.g. month, crime type, LSOA, borough). */
    static Map<String, Long> streetCrimesBy(String column) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        for (CSVRecord r : records(SharedData.streetCrime())) {
            counts.merge(r.get(column), 1L, Long::sum);
        }
        return counts;
    }

    /** Broad group -> {searches, finds}; key "" for blank or not stated. */
    static Map<String, long[]> stopSearchesBy(boolean selfDefined) throws IOException {
        Map<String, long[]> counts = new TreeMap<>();
        for (CSVRecord r : records(SharedData.stopSearch())) {
            String words = r.get(selfDefined ? "Self-defined ethnicity" : "Officer-defined ethnicity");
            String group = selfDefined ? broadFromPoliceWords(words) : words;
            long[] c = counts.computeIfAbsent(group, g -> new long[2]);
            c[0]++;
            if (!r.get("Outcome").equals("A no further action disposal")) {
                c[1]++;
            }
        }
        return counts;
    }

    static Map<String, Long> stopSearchesByLondonMonth() throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        for (CSVRecord r : records(SharedData.stopSearch())) {
            String month = OffsetDateTime.parse(r.get("Date")).atZoneSameInstant(ZoneId.of("Europe/London"))
                    .toLocalDate().toString().substring(0, 7);
            counts.merge(month, 1L, Long::sum);
        }
        return counts;
    }

    private static String broadFromPoliceWords(String words) {
        if (words.isEmpty() || words.endsWith("Not stated")) {
            return "";
        }
        if (words.startsWith("White")) {
            return "White";
        }
        if (words.startsWith("Black")) {
            return "Black";
        }
        if (words.startsWith("Asian")) {
            return "Asian";
        }
        if (words.startsWith("Mixed")) {
            return "Mixed";
        }
        return "Other";
    }

    /** London's Census 2021 residents by broad group ('c' counted as 0). */
    static Map<String, Long> londonPopulationByBroadGroup() throws IOException {
        Map<String, Long> people = new TreeMap<>();
        for (CSVRecord r : records(SharedData.census())) {
            if (!r.get("Geography Code").equals("E12000007")) {
                continue;
            }
            for (String heading : r.getParser().getHeaderNames()) {
                String broad = heading.startsWith("White") ? "White" : heading.startsWith("Black") ? "Black"
                        : heading.startsWith("Asian") ? "Asian" : heading.startsWith("Mixed") ? "Mixed"
                        : heading.startsWith("Other") ? "Other" : null;
                if (broad != null && !r.get(heading).equals("c")) {
                    people.merge(broad, Long.parseLong(r.get(heading)), Long::sum);
                }
            }
        }
        return people;
    }

    static BigDecimal twoPlaces(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    static Iterable<CSVRecord> records(Path file) throws IOException {
        var in = Files.newInputStream(file);
        var unzipped = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
        Reader reader = new InputStreamReader(org.apache.commons.io.input.BOMInputStream.builder()
                .setInputStream(unzipped).get(), StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
    }
}
