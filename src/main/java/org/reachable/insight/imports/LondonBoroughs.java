package org.reachable.insight.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The 33 London boroughs' names and GSS codes (from the London Datastore boundaries), for sources that give names. */
public final class LondonBoroughs {

    /** Declared before CODE_BY_NAME: static fields initialise in order and load() fills this one. */
    private static final Map<String, String> NAMES = new HashMap<>();
    private static final Map<String, String> CODE_BY_NAME = load();

    private LondonBoroughs() {
    }

    public static Optional<String> codeOf(String name) {
        return Optional.ofNullable(CODE_BY_NAME.get(name.trim().toLowerCase()));
    }

    public static Map<String, String> nameByCode() {
        Map<String, String> byCode = new java.util.TreeMap<>();
        CODE_BY_NAME.forEach((name, code) -> byCode.put(code, NAMES.get(code)));
        return byCode;
    }

    private static Map<String, String> load() {
        Map<String, String> byName = new HashMap<>();
        try (InputStream in = LondonBoroughs.class.getResourceAsStream("/insight/london-boroughs.csv")) {
            if (in == null) {
                throw new IllegalStateException("insight/london-boroughs.csv missing from the classpath");
            }
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                byName.put(r.get("name").toLowerCase(), r.get("code"));
                NAMES.put(r.get("code"), r.get("name"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byName;
    }
}
