package org.reachable.linkage;

import java.util.List;
import java.util.Map;

/**
 * A person as one agency holds them. Blank text means missing. {@code dateOfBirth} is an ISO date
 * ({@code 2011-04-23}) or eight digits {@code yyyyMMdd}; any other text, or digits that are not a real date, are
 * kept and compared by their digits only. {@code otherNames} are previous surnames and aliases.
 * {@code identifiers} are keyed by scheme (e.g. {@code NHS}, {@code UPN}); {@code attributes} are any other fields,
 * compared generically (exact, similar, different).
 */
public record PersonRecord(String id, String source, String givenNames, String familyName, List<String> otherNames,
                           String dateOfBirth, String sex, String postcode, String address,
                           Map<String, String> identifiers, Map<String, String> attributes) {

    public PersonRecord {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A person record needs an id");
        }
        source = blankIfNull(source);
        givenNames = blankIfNull(givenNames);
        familyName = blankIfNull(familyName);
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
        dateOfBirth = blankIfNull(dateOfBirth);
        sex = blankIfNull(sex);
        postcode = blankIfNull(postcode);
        address = blankIfNull(address);
        identifiers = identifiers == null ? Map.of() : Map.copyOf(identifiers);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** A record with names and date of birth only; add the rest with the {@code with...} methods. */
    public static PersonRecord of(String id, String source, String givenNames, String familyName, String dateOfBirth) {
        return new PersonRecord(id, source, givenNames, familyName, List.of(), dateOfBirth, "", "", "", Map.of(),
                Map.of());
    }

    public PersonRecord withOtherNames(List<String> names) {
        return new PersonRecord(id, source, givenNames, familyName, names, dateOfBirth, sex, postcode, address,
                identifiers, attributes);
    }

    public PersonRecord withSex(String value) {
        return new PersonRecord(id, source, givenNames, familyName, otherNames, dateOfBirth, value, postcode, address,
                identifiers, attributes);
    }

    public PersonRecord withAddress(String newPostcode, String newAddress) {
        return new PersonRecord(id, source, givenNames, familyName, otherNames, dateOfBirth, sex, newPostcode,
                newAddress, identifiers, attributes);
    }

    public PersonRecord withIdentifiers(Map<String, String> values) {
        return new PersonRecord(id, source, givenNames, familyName, otherNames, dateOfBirth, sex, postcode, address,
                values, attributes);
    }

    public PersonRecord withAttributes(Map<String, String> values) {
        return new PersonRecord(id, source, givenNames, familyName, otherNames, dateOfBirth, sex, postcode, address,
                identifiers, values);
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
