package org.reachable.linkage.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reachable.linkage.IdentifierCheck;
import org.reachable.linkage.PersonRecord;

/**
 * Records as columns of ints: every text value replaced by its id in a dictionary, with the date of birth as digits
 * and as a day number, so comparing two records touches arrays, not objects. Grows as records are added (the
 * streaming index adds one at a time). Missing values are -1.
 */
public final class EncodedRecords {

    public static final int INVALID_DAY = Integer.MIN_VALUE;
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DIGITS = Pattern.compile("\\d{8}");

    final Schema schema;
    final IdentifierCheck check;
    final NameTable names;
    final Dictionary postcodes = new Dictionary();
    final Dictionary sectors = new Dictionary();
    final Dictionary districts = new Dictionary();
    final Dictionary addresses = new Dictionary(true);
    final Dictionary sources = new Dictionary();
    final Dictionary[] identifierValues;
    final Dictionary[] attributeValues;
    final Counts givenCounts = new Counts();
    final Counts familyCounts = new Counts();
    final Counts postcodeCounts = new Counts();
    final Counts addressCounts = new Counts();
    final Counts[] attributeCounts;

    private int size;
    String[] ids;
    int[] source;
    int[] given;
    int[] family;
    int[][] others;
    int[] dobDigits;
    int[] dobDay;
    byte[] sex;
    int[] postcode;
    int[] sector;
    int[] district;
    int[] address;
    int[][] identifier;
    boolean[][] identifierValid;
    int[][] attribute;

    public EncodedRecords(Schema schema, IdentifierCheck check, Nicknames nicknames, int capacity) {
        this.schema = schema;
        this.check = check;
        this.names = new NameTable(nicknames);
        int schemes = schema.schemes().size();
        int attributes = schema.attributes().size();
        identifierValues = new Dictionary[schemes];
        attributeValues = new Dictionary[attributes];
        attributeCounts = new Counts[attributes];
        for (int s = 0; s < schemes; s++) {
            identifierValues[s] = new Dictionary();
        }
        for (int a = 0; a < attributes; a++) {
            attributeValues[a] = new Dictionary(true);
            attributeCounts[a] = new Counts();
        }
        allocate(Math.max(16, capacity));
    }

    public int size() {
        return size;
    }

    public Schema schema() {
        return schema;
    }

    public String id(int record) {
        return ids[record];
    }

    public int source(int record) {
        return source[record];
    }

    public int sourceCount() {
        return sources.size();
    }

    /** Encodes a record into the next slot and returns the slot; {@code count} adds it to the term frequencies. */
    public int add(PersonRecord record, boolean count) {
        return store(normalise(record), count);
    }

    /**
     * Encodes many records, in order, each counted in the term frequencies. The text is normalised on all cores
     * (most of the work), then the values get their dictionary ids in input order, so ids never depend on timing.
     */
    public void addAll(List<PersonRecord> input) {
        int batch = 1 << 16;
        for (int from = 0; from < input.size(); from += batch) {
            List<Normalised> ready = input.subList(from, Math.min(input.size(), from + batch)).parallelStream()
                    .map(this::normalise).toList();
            ready.forEach(n -> store(n, true));
        }
    }

    /** A record's values as compared, before they get dictionary ids. */
    private record Normalised(String id, String source, String given, String family, List<String> others,
                              int dobDigits, int dobDay, byte sex, String postcode, String sector, String district,
                              String address, String[] identifiers, boolean[] identifierValid, String[] attributes) {
    }

    private Normalised normalise(PersonRecord record) {
        String code = Text.code(record.postcode());
        int digits = birthDigits(record.dateOfBirth().strip());
        String[] codes = new String[identifier.length];
        boolean[] valid = new boolean[identifier.length];
        record.identifiers().forEach((name, value) -> {
            int s = schema.schemes().indexOf(Schema.scheme(name));
            String text = Text.code(value);
            if (s >= 0 && !text.isEmpty()) {
                codes[s] = text;
                valid[s] = schema.checked()[s] && check.isValid(schema.schemes().get(s), value);
            }
        });
        String[] attributes = new String[attribute.length];
        for (int a = 0; a < attributes.length; a++) {
            attributes[a] = Text.plain(record.attributes().get(schema.attributes().get(a)));
        }
        return new Normalised(record.id(), record.source().isEmpty() ? "-" : record.source(),
                Text.firstName(Text.name(record.givenNames())), Text.name(record.familyName()),
                record.otherNames().stream().map(Text::name).filter(n -> !n.isEmpty()).toList(), digits,
                dayOf(digits), sexCode(record.sex()), code, code.isEmpty() ? "" : Postcodes.sector(code),
                code.isEmpty() ? "" : Postcodes.district(code), Text.plain(record.address()), codes, valid,
                attributes);
    }

    private int store(Normalised n, boolean count) {
        if (size == ids.length) {
            allocate(size * 2);
        }
        int r = size++;
        ids[r] = n.id();
        source[r] = Math.max(0, sources.id(n.source()));
        given[r] = names.id(n.given());
        family[r] = names.id(n.family());
        others[r] = n.others().isEmpty() ? null : n.others().stream().mapToInt(names::id).distinct().toArray();
        dobDigits[r] = n.dobDigits();
        dobDay[r] = n.dobDay();
        sex[r] = n.sex();
        postcode[r] = postcodes.id(n.postcode());
        sector[r] = sectors.id(n.sector());
        district[r] = districts.id(n.district());
        address[r] = addresses.id(n.address());
        for (int s = 0; s < identifier.length; s++) {
            identifier[s][r] = n.identifiers()[s] == null ? -1 : identifierValues[s].id(n.identifiers()[s]);
            identifierValid[s][r] = n.identifierValid()[s];
        }
        for (int a = 0; a < attribute.length; a++) {
            attribute[a][r] = attributeValues[a].id(n.attributes()[a]);
        }
        if (count) {
            count(r, 1);
        }
        return r;
    }

    /** Forgets the last slot (a probe record scored but not kept); it must not have been counted. */
    public void dropLast() {
        size--;
    }

    /** Adds ({@code +1}) or removes ({@code -1}) a record's values from the term frequencies. */
    public void count(int r, int delta) {
        givenCounts.add(given[r], delta);
        familyCounts.add(family[r], delta);
        postcodeCounts.add(postcode[r], delta);
        addressCounts.add(address[r], delta);
        for (int a = 0; a < attribute.length; a++) {
            attributeCounts[a].add(attribute[a][r], delta);
        }
    }


    /** The day number of yyyyMMdd digits, or INVALID_DAY when missing or not a real date. */
    private static int dayOf(int digits) {
        if (digits < 0) {
            return INVALID_DAY;
        }
        try {
            return (int) LocalDate.of(digits / 10000, digits / 100 % 100, digits % 100).toEpochDay();
        } catch (DateTimeException e) {
            return INVALID_DAY; // kept as digits only: a typo'd date still agrees in most of its digits
        }
    }

    /** yyyyMMdd as an int, or -1 when the text is neither an ISO date nor eight digits. */
    static int birthDigits(String text) {
        Matcher iso = ISO.matcher(text);
        if (iso.matches()) {
            return Integer.parseInt(iso.group(1)) * 10000 + Integer.parseInt(iso.group(2)) * 100
                    + Integer.parseInt(iso.group(3));
        }
        return DIGITS.matcher(text).matches() ? Integer.parseInt(text) : -1;
    }

    static byte sexCode(String text) {
        String s = text.strip().toUpperCase();
        if (s.isEmpty() || s.startsWith("U") || s.equals("9") || s.equals("0")) {
            return 0;
        }
        return switch (s.charAt(0)) {
            case 'F', 'W', 'G', '2' -> 1;
            case 'M', 'B', '1' -> 2;
            default -> 3;
        };
    }


    private void allocate(int capacity) {
        ids = ids == null ? new String[capacity] : Arrays.copyOf(ids, capacity);
        source = grow(source, capacity);
        given = grow(given, capacity);
        family = grow(family, capacity);
        others = others == null ? new int[capacity][] : Arrays.copyOf(others, capacity);
        dobDigits = grow(dobDigits, capacity);
        dobDay = grow(dobDay, capacity);
        sex = sex == null ? new byte[capacity] : Arrays.copyOf(sex, capacity);
        postcode = grow(postcode, capacity);
        sector = grow(sector, capacity);
        district = grow(district, capacity);
        address = grow(address, capacity);
        int schemes = schema.schemes().size();
        if (identifier == null) {
            identifier = new int[schemes][];
            identifierValid = new boolean[schemes][];
            attribute = new int[schema.attributes().size()][];
        }
        for (int s = 0; s < schemes; s++) {
            identifier[s] = grow(identifier[s], capacity);
            identifierValid[s] = identifierValid[s] == null ? new boolean[capacity]
                    : Arrays.copyOf(identifierValid[s], capacity);
        }
        for (int a = 0; a < attribute.length; a++) {
            attribute[a] = grow(attribute[a], capacity);
        }
    }

    private static int[] grow(int[] array, int capacity) {
        return array == null ? new int[capacity] : Arrays.copyOf(array, capacity);
    }
}
