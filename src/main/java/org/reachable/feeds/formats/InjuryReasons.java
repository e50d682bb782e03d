package org.reachable.feeds.formats;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;

/**
 * Why a child came to the ED, from the codes of the Conditions on the encounter: SNOMED CT concepts, or ICD-10 codes
 * where a trust sends those. When several apply the most serious wins (a stab wound from an assault is a sharp-object
 * injury). Codes not listed here are kept in the summary but give no reason.
 */
final class InjuryReasons {

    static final String SNOMED = "http://snomed.info/sct";
    static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";

    /** Most serious first: the order decides between several conditions on one encounter. */
    enum Reason { SHARP_OBJECT_INJURY, ASSAULT, SELF_HARM }

    static final Map<String, Reason> SNOMED_CODES = Map.of(
            "425322008", Reason.SHARP_OBJECT_INJURY, // Stab wound (disorder)
            "52684005", Reason.ASSAULT,              // Assault (event)
            "248110007", Reason.ASSAULT,             // Sexual assault (event)
            "283545005", Reason.ASSAULT,             // Gunshot wound (disorder)
            "248062006", Reason.SELF_HARM);          // Self-injurious behaviour (finding)

    private InjuryReasons() {
    }

    static Optional<Reason> of(Collection<Coding> codings) {
        return codings.stream().map(InjuryReasons::of).flatMap(Optional::stream)
                .min(Comparator.comparingInt(Reason::ordinal));
    }

    static String recognised() {
        return "SNOMED CT " + String.join(", ", List.copyOf(new java.util.TreeSet<>(SNOMED_CODES.keySet())))
                + "; ICD-10 X99 (sharp object), X85-Y09 (assault), X60-X84 (intentional self-harm)";
    }

    private static Optional<Reason> of(Coding coding) {
        String code = coding.getCode() == null ? "" : coding.getCode().strip().toUpperCase();
        if (SNOMED.equals(coding.getSystem())) {
            return Optional.ofNullable(SNOMED_CODES.get(code));
        }
        if (ICD10.equals(coding.getSystem()) && code.matches("[XY]\\d{2}.*")) {
            String block = code.substring(0, 3);
            if (block.equals("X99")) {
                return Optional.of(Reason.SHARP_OBJECT_INJURY);
            }
            if (block.compareTo("X85") >= 0 && block.compareTo("Y09") <= 0) {
                return Optional.of(Reason.ASSAULT);
            }
            if (block.compareTo("X60") >= 0 && block.compareTo("X84") <= 0) {
                return Optional.of(Reason.SELF_HARM);
            }
        }
        return Optional.empty();
    }
}
