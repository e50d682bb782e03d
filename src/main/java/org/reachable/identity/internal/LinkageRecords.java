package org.reachable.identity.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.identity.Address;
import org.reachable.identity.ChildRecord;
import org.reachable.identity.Identifier;
import org.reachable.identity.PersonName;
import org.reachable.identity.PersonToMatch;
import org.reachable.identity.Sex;
import org.reachable.linkage.PersonRecord;

/**
 * The register's people and incoming agency people as the linkage engine compares them: the current name as given
 * and family name, every other name's parts as other names (previous surnames, aliases, preferred names), the
 * current address, one identifier per scheme. The record id is the person's id.
 */
final class LinkageRecords {

    static final String REGISTER = "register";

    private LinkageRecords() {
    }

    static PersonRecord of(ChildRecord child) {
        Address address = child.currentAddress().orElse(null);
        return record(child.id(), REGISTER, child.names(), child.dateOfBirth().toString(), child.sex(),
                address == null ? null : address.postcode(), address == null ? null : address.line1(),
                child.identifiers());
    }

    static PersonRecord of(PersonToMatch person) {
        Address address = person.address();
        return record(person.proposedId(), "incoming", person.allNames(), person.dateOfBirth().toString(),
                person.sex(), address == null ? null : address.postcode(), address == null ? null : address.line1(),
                person.identifiers());
    }

    static PersonRecord record(UUID id, String source, List<PersonName> names, String dateOfBirth, Sex sex,
                               String postcode, String addressLine, List<Identifier> identifiers) {
        PersonName main = names.stream().filter(n -> n.kind() == PersonName.Kind.CURRENT).findFirst()
                .orElse(names.getFirst());
        List<String> others = new ArrayList<>();
        for (PersonName n : names) {
            if (n != main) {
                others.add(firstName(n.givenNames()));
                others.add(n.familyName());
            }
        }
        Map<String, String> ids = new LinkedHashMap<>();
        identifiers.forEach(i -> ids.putIfAbsent(i.scheme().name(), i.value()));
        return new PersonRecord(id.toString(), source, main.givenNames(), main.familyName(),
                others.stream().filter(o -> !o.isBlank()).distinct().toList(), dateOfBirth, sexCode(sex),
                postcode, addressLine, ids, Map.of());
    }

    /** Unknown sex is missing, not a value two records can agree on. */
    static String sexCode(Sex sex) {
        return sex == null || sex == Sex.U ? "" : sex.name();
    }

    private static String firstName(String given) {
        String stripped = given == null ? "" : given.strip();
        int space = stripped.indexOf(' ');
        return space < 0 ? stripped : stripped.substring(0, space);
    }
}
