package org.reachable.synthetic.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reachable.identity.Address;
import org.reachable.identity.ChildRecord;
import org.reachable.identity.Identifier;
import org.reachable.identity.IdentifierScheme;
import org.reachable.identity.PersonName;
import org.reachable.identity.Relationship;
import org.reachable.synthetic.place.HomeAddress;

/** Turns a synthetic child into the identity register's record: names, identifiers, addresses and family. */
public final class RecordMaker {

    private static final Map<IdentifierScheme, String> ISSUERS = Map.of(IdentifierScheme.POLICE,
            "Metropolitan Police", IdentifierScheme.CSC, "Waltham Forest", IdentifierScheme.YJS,
            "Waltham Forest YJS");

    private RecordMaker() {
    }

    public static ChildRecord record(SyntheticChild child) {
        return new ChildRecord(child.id(), child.dateOfBirth(), child.sex(), child.ethnicity(), names(child),
                identifiers(child), addresses(child), relationships(child));
    }

    private static List<PersonName> names(SyntheticChild child) {
        List<PersonName> names = new ArrayList<>();
        names.add(new PersonName(PersonName.Kind.CURRENT, child.givenName(), child.familyName(),
                child.nameChangedOn(), null));
        if (child.preferredName() != null) {
            names.add(new PersonName(PersonName.Kind.PREFERRED, child.preferredName(), child.familyName(), null,
                    null));
        }
        if (child.previousFamilyName() != null) {
            names.add(new PersonName(PersonName.Kind.PREVIOUS, child.givenName(), child.previousFamilyName(),
                    child.dateOfBirth(), child.nameChangedOn()));
        }
        if (child.alias() != null) {
            int space = child.alias().indexOf(' ');
            names.add(new PersonName(PersonName.Kind.ALIAS, child.alias().substring(0, space),
                    child.alias().substring(space + 1), null, null));
        }
        return names;
    }

    private static List<Identifier> identifiers(SyntheticChild child) {
        return child.identifiers().entrySet().stream()
                .map(e -> new Identifier(e.getKey(), e.getValue(), ISSUERS.get(e.getKey()))).toList();
    }

    private static List<Address> addresses(SyntheticChild child) {
        List<Address> addresses = new ArrayList<>();
        for (Residence r : child.household().residences()) {
            if (r.to() != null && !r.to().isAfter(child.dateOfBirth())) {
                continue;
            }
            LocalDate from = r.from().isBefore(child.dateOfBirth()) ? child.dateOfBirth() : r.from();
            HomeAddress home = r.home();
            addresses.add(new Address(home.line1(), HomeAddress.TOWN, home.postcode(), home.lsoa().code(), from,
                    r.to()));
        }
        return addresses;
    }

    private static List<Relationship> relationships(SyntheticChild child) {
        Household household = child.household();
        List<Relationship> family = new ArrayList<>();
        family.add(new Relationship(null, household.mother(), Relationship.Kind.MOTHER, true, true));
        boolean stepFathers = household.stepFather() != null && household.stepFather().equals(child.father());
        if (child.father() != null) {
            family.add(new Relationship(null, child.father(), Relationship.Kind.FATHER,
                    stepFathers || household.fatherAtHome(), true));
        }
        if (household.stepFather() != null && !stepFathers) {
            family.add(new Relationship(null, household.stepFather(), Relationship.Kind.STEP_PARENT, true, false));
        }
        for (SyntheticChild sibling : household.children()) {
            if (sibling != child) {
                boolean half = !java.util.Objects.equals(sibling.father(), child.father());
                family.add(new Relationship(sibling.id(), sibling.fullName(),
                        half ? Relationship.Kind.HALF_SIBLING : Relationship.Kind.SIBLING, true, false));
            }
        }
        return family;
    }
}
