package org.reachable.linkage.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
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
    final Dictionary addresses = new Dictionary();
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
            attributeValues[a] = new Dictionary();
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
        if (size == ids.length) {
            allocate(size * 2);
        }
        int r = size++;
        ids[r] = record.id();
        source[r] = Math.max(0, sources.id(record.source().isEmpty() ? "-" : record.source()));
        String givenText = Text.firstName(Text.name(record.givenNames()));
        given[r] = names.id(givenText);
        family[r] = names.id(Text.name(record.familyName()));
        others[r] = otherNames(record);
        encodeBirth(r, record.dateOfBirth());
        sex[r] = sexCode(record.sex());
        String code = Text.code(record.postcode());
        postcode[r] = postcodes.id(code);
        sector[r] = sectors.id(code.isEmpty() ? "" : Postcodes.sector(code));
        district[r] = districts.id(code.isEmpty() ? "" : Postcodes.district(code));
        address[r] = addresses.id(Text.plain(record.address()));
        encodeIdentifiers(r, record);
        for (int a = 0; a < attribute.length; a++) {
            attribute[a][r] = attributeValues[a].id(Text.plain(record.attributes().get(schema.attributes().get(a))));
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

    private int[] otherNames(PersonRecord record) {
        if (record.otherNames().isEmpty()) {
            return null;
        }
        return record.otherNames().stream().map(Text::name).filter(n -> !n.isEmpty()).mapToInt(names::id)
                .distinct().toArray();
    }

    private void encodeBirth(int r, String text) {
        int digits = birthDigits(text.strip());
        dobDigits[r] = digits;
        dobDay[r] = INVALID_DAY;
        if (digits >= 0) {
            try {
                dobDay[r] = (int) LocalDate.of(digits / 10000, digits / 100 % 100, digits % 100).toEpochDay();
            } catch (DateTimeException e) {
                // kept as digits only: a typo'd date still agrees in most of its digits
            }
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

    private void encodeIdentifiers(int r, PersonRecord record) {
        for (int s = 0; s < identifier.length; s++) {
            identifier[s][r] = -1;
            identifierValid[s][r] = false;
        }
        record.identifiers().forEach((name, value) -> {
            int s = schema.schemes().indexOf(Schema.scheme(name));
            String code = Text.code(value);
            if (s >= 0 && !code.isEmpty()) {
                identifier[s][r] = identifierValues[s].id(code);
                identifierValid[s][r] = schema.checked()[s] && check.isValid(schema.schemes().get(s), value);
            }
        });
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
