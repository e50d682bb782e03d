package org.reachable.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reachable.identity.Address;
import org.reachable.identity.ChildRecord;
import org.reachable.identity.Identifier;
import org.reachable.identity.IdentifierScheme;
import org.reachable.identity.NhsNumber;
import org.reachable.identity.Postcodes;
import org.reachable.identity.UniquePupilNumber;
import org.reachable.synthetic.place.Lsoa;
import org.reachable.synthetic.place.Places;

class IdentifiersTest {

    private final GeneratedBorough borough = GeneratedBorough.standard();

    @Test
    void everyNhsNumberAndUpnIsValidAndUnique() {
        List<Identifier> ids = borough.children().stream().flatMap(c -> c.identifiers().stream()).toList();
        List<String> nhs = values(ids, IdentifierScheme.NHS);
        List<String> upns = values(ids, IdentifierScheme.UPN);

        assertThat(nhs).hasSizeGreaterThan(19_000).allMatch(NhsNumber::isValid).allMatch(n -> n.startsWith("99"))
                .doesNotHaveDuplicates();
        assertThat(upns).hasSizeGreaterThan(14_000).allMatch(UniquePupilNumber::isValid).doesNotHaveDuplicates();
    }

    @Test
    void agencyReferencesHaveTheirSchemesFormatAndAreUnique() {
        List<Identifier> ids = borough.children().stream().flatMap(c -> c.identifiers().stream()).toList();
        for (IdentifierScheme scheme : List.of(IdentifierScheme.POLICE, IdentifierScheme.CSC, IdentifierScheme.YJS)) {
            List<String> values = values(ids, scheme);
            assertThat(values).as(scheme.name()).isNotEmpty().doesNotHaveDuplicates()
                    .allMatch(v -> scheme.normalise(v).orElseThrow().equals(v));
        }
    }

    @Test
    void everyChildLivesAtAValidPostcodeInARealBoroughLsoa() {
        Set<String> lsoas = Places.get().lsoas().stream().map(Lsoa::code).collect(Collectors.toSet());
        for (ChildRecord child : borough.children()) {
            assertThat(child.currentAddress()).as(child.id().toString()).isPresent();
            for (Address address : child.addresses()) {
                assertThat(Postcodes.normalise(address.postcode())).contains(address.postcode());
                assertThat(address.postcode()).matches("E(4|10|11|17) .*");
                assertThat(lsoas).contains(address.lsoaCode());
            }
        }
    }

    @Test
    void childrenAreZeroToTwentyFourWithUniqueIds() {
        assertThat(borough.children()).hasSize(20_000)
                .allMatch(c -> c.ageOn(GeneratedBorough.TODAY) >= 0 && c.ageOn(GeneratedBorough.TODAY) <= 24);
        Set<Object> ids = new HashSet<>();
        borough.children().forEach(c -> ids.add(c.id()));
        borough.events().forEach(e -> ids.add(e.id()));
        assertThat(ids).hasSize(borough.children().size() + borough.events().size());
    }

    private static List<String> values(List<Identifier> ids, IdentifierScheme scheme) {
        return ids.stream().filter(i -> i.scheme() == scheme).map(Identifier::value).toList();
    }
}
