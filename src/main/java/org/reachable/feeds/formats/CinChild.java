package org.reachable.feeds.formats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reachable.feeds.IncomingPerson;

/**
 * The child as the CIN census identifies them: LAchildID (the council's social care reference), UPN (or the former
 * UPN when the current one is not known), date of birth and sex. Sex is GenderCurrent (1 male, 2 female, 0 not known,
 * 9 not specified) in older files and Sex (M, F, U) in newer ones. The census holds no names or address.
 */
final class CinChild {

    private CinChild() {
    }

    static IncomingPerson from(XmlElement child, RecordProblems problems) {
        Map<String, String> identifiers = new HashMap<>();
        String laChildId = problems.bounded("LAchildID", child.text("ChildIdentifiers", "LAchildID"));
        if (laChildId != null) {
            identifiers.put("CSC", laChildId);
        }
        String upn = child.text("ChildIdentifiers", "UPN");
        String pupilNumber = problems.bounded("UPN", upn != null ? upn : child.text("ChildIdentifiers", "FormerUPN"));
        if (pupilNumber != null) {
            identifiers.put("UPN", pupilNumber);
        }
        return new IncomingPerson(null, null, List.of(),
                problems.bounded("PersonBirthDate", child.text("ChildIdentifiers", "PersonBirthDate")),
                sex(child, problems), problems.bounded("Ethnicity", child.text("ChildCharacteristics", "Ethnicity")),
                null, null, identifiers);
    }

    private static String sex(XmlElement child, RecordProblems problems) {
        String sex = child.text("ChildIdentifiers", "Sex");
        if (sex != null) {
            return problems.bounded("Sex", sex);
        }
        String gender = child.text("ChildIdentifiers", "GenderCurrent");
        if (gender == null) {
            return null;
        }
        return switch (gender) {
            case "1" -> "M";
            case "2" -> "F";
            case "0", "9" -> "U";
            default -> {
                problems.add("ChildIdentifiers/GenderCurrent", gender, "Unknown code; must be 0, 1, 2 or 9");
                yield null;
            }
        };
    }
}
