package org.reachable.feeds.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.reachable.feeds.IncomingPerson;
import org.reachable.identity.Ethnicity;

/**
 * The child as the trust recorded them (UK Core Patient): NHS number, the official (or first) name with any other
 * names, birth date, administrative gender (male M, female F, other X, unknown U), the home address and the NHS ethnic
 * category, turned into the DfE code it maps to.
 */
final class FhirPatient {

    static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";

    private FhirPatient() {
    }

    static IncomingPerson from(Patient patient) {
        Map<String, String> identifiers = new HashMap<>();
        patient.getIdentifier().stream().filter(i -> NHS_NUMBER.equals(i.getSystem())).map(Identifier::getValue)
                .findFirst().ifPresent(nhs -> identifiers.put("NHS", nhs));
        HumanName name = patient.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
                .orElse(patient.getNameFirstRep());
        List<String> otherNames = new ArrayList<>();
        for (HumanName other : patient.getName()) {
            if (other != name && !other.getNameAsSingleString().isBlank()) {
                otherNames.add(other.getNameAsSingleString());
            }
        }
        Address address = patient.getAddress().stream().filter(a -> a.getUse() == Address.AddressUse.HOME).findFirst()
                .orElse(patient.getAddressFirstRep());
        String line = address.getLine().stream().map(l -> l.getValue()).collect(Collectors.joining(", "));
        if (address.hasCity()) {
            line = line.isEmpty() ? address.getCity() : line + ", " + address.getCity();
        }
        return new IncomingPerson(blankToNull(name.getGivenAsSingleString()), blankToNull(name.getFamily()),
                otherNames, patient.getBirthDateElement().getValueAsString(), sex(patient), ethnicity(patient),
                blankToNull(line), blankToNull(address.getPostalCode()), identifiers);
    }

    private static String sex(Patient patient) {
        if (!patient.hasGender()) {
            return null;
        }
        return switch (patient.getGender()) {
            case MALE -> "M";
            case FEMALE -> "F";
            case OTHER -> "X";
            case UNKNOWN, NULL -> "U";
        };
    }

    /**
     * The UK Core (or older Care Connect) ethnic category extension holds an NHS letter; the DfE code it maps to is
     * passed on. A code that maps to nothing is passed on as sent, so that validation reports it with its value.
     */
    private static String ethnicity(Patient patient) {
        return patient.getExtension().stream().filter(e -> e.getUrl() != null && e.getUrl().contains("EthnicCategory"))
                .map(Extension::getValue).filter(v -> v instanceof org.hl7.fhir.r4.model.CodeableConcept)
                .map(v -> ((org.hl7.fhir.r4.model.CodeableConcept) v).getCodingFirstRep()).map(Coding::getCode)
                .filter(code -> code != null && !code.isBlank()).findFirst()
                .map(code -> code.strip().length() == 1
                        ? Ethnicity.fromNhsCode(code.strip().charAt(0)).map(Enum::name).orElse(code) : code)
                .orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
