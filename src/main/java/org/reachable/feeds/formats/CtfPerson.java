package org.reachable.feeds.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reachable.feeds.IncomingPerson;

/**
 * The pupil as the sending school recorded them. Legal forename and surname are the person's names; a former
 * surname and preferred names become other names, because linkage must find the child under any of them. A former UPN
 * stands in for a missing UPN: it identifies the same child.
 */
final class CtfPerson {

    private CtfPerson() {
    }

    static IncomingPerson from(XmlElement pupil, RecordProblems problems) {
        String forename = value(pupil, problems, "Forename");
        String surname = value(pupil, problems, "Surname");
        String upn = value(pupil, problems, "UPN");
        String formerUpn = first(pupil, problems, "FormerUPN");
        Map<String, String> identifiers = new HashMap<>();
        String pupilNumber = upn != null ? upn : formerUpn;
        if (pupilNumber != null) {
            identifiers.put("UPN", pupilNumber);
        }
        String sex = pupil.text("Sex") != null ? value(pupil, problems, "Sex") : value(pupil, problems, "Gender");
        return new IncomingPerson(forename, surname, otherNames(pupil, problems, forename, surname),
                value(pupil, problems, "DOB"), sex, first(pupil, problems, "Ethnicity"), addressLine(pupil, problems),
                problems.bounded("Address/PostCode", pupil.text("Address", "PostCode")), identifiers);
    }

    private static List<String> otherNames(XmlElement pupil, RecordProblems problems, String forename,
                                           String surname) {
        String formerSurname = first(pupil, problems, "FormerSurname");
        String preferredSurname = first(pupil, problems, "PreferredSurname");
        String preferredForename = first(pupil, problems, "PreferredForename");
        String given = preferredForename != null ? preferredForename : forename;
        List<String> names = new ArrayList<>();
        if (formerSurname != null) {
            names.add(join(forename, formerSurname));
        }
        if (preferredSurname != null || (preferredForename != null && !preferredForename.equals(forename))) {
            names.add(join(given, preferredSurname != null ? preferredSurname : surname));
        }
        return names.stream().filter(n -> !n.equals(join(forename, surname))).distinct().toList();
    }

    /** BS7666 parts (flat, house, street, locality, town) or free address lines, joined with commas. */
    private static String addressLine(XmlElement pupil, RecordProblems problems) {
        String line = pupil.child("Address").map(address -> address.child("BS7666Address")
                .map(bs -> Stream.of("SAON", "PAON", "Street", "Locality", "Town").map(bs::text))
                .orElseGet(() -> address.child("AddressLines").map(lines -> lines.children().stream()
                        .map(XmlElement::text)).orElse(Stream.empty()))
                .filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(", ")))
                .orElse(null);
        return problems.bounded("Address", line == null || line.isBlank() ? null : line);
    }

    private static String value(XmlElement pupil, RecordProblems problems, String name) {
        return problems.bounded(name, pupil.text(name));
    }

    /** The first element of that name anywhere in the pupil: CTF versions put some under BasicDetails, some not. */
    private static String first(XmlElement pupil, RecordProblems problems, String name) {
        String text = pupil.descendants(name).stream().map(XmlElement::text).filter(t -> !t.isEmpty()).findFirst()
                .orElse(null);
        return problems.bounded(name, text);
    }

    private static String join(String given, String family) {
        return Stream.of(given, family).filter(Objects::nonNull).collect(Collectors.joining(" "));
    }
}
