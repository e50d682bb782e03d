package org.reachable.identity;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Everything the register holds about one child or young person. */
public record ChildRecord(UUID id, LocalDate dateOfBirth, Sex sex, Ethnicity ethnicity, List<PersonName> names,
                          List<Identifier> identifiers, List<Address> addresses, List<Relationship> relationships) {

    public ChildRecord {
        names = List.copyOf(names);
        identifiers = List.copyOf(identifiers);
        addresses = List.copyOf(addresses);
        relationships = List.copyOf(relationships);
    }

    /** The name to address the child by: preferred if recorded, otherwise current. */
    public PersonName name() {
        return names.stream().filter(n -> n.kind() == PersonName.Kind.PREFERRED).findFirst()
                .or(() -> names.stream().filter(n -> n.kind() == PersonName.Kind.CURRENT).findFirst())
                .orElse(names.getFirst());
    }

    public List<PersonName> otherNames() {
        PersonName shown = name();
        return names.stream().filter(n -> n != shown).toList();
    }

    public Optional<Address> currentAddress() {
        return addresses.stream().filter(Address::isCurrent)
                .max(Comparator.comparing(Address::validFrom));
    }

    public Optional<String> identifier(IdentifierScheme scheme) {
        return identifiers.stream().filter(i -> i.scheme() == scheme).map(Identifier::value).findFirst();
    }

    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }
}
