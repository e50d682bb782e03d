package org.reachable.frontdoor;

import java.util.Arrays;
import java.util.Optional;

/** What the referrer is worried about; several may apply. Says what is happening to the child, not what they "do". */
public enum ConcernCategory {
    SERIOUS_YOUTH_VIOLENCE("Serious youth violence"),
    KNIFE_CARRYING("Carrying a knife or weapon"),
    CRIMINAL_EXPLOITATION("Criminal exploitation"),
    SEXUAL_EXPLOITATION("Sexual exploitation"),
    COUNTY_LINES("County lines"),
    MISSING("Missing from home, care or education"),
    ONLINE_HARM("Online harm"),
    DOMESTIC_ABUSE("Domestic abuse"),
    NEGLECT("Neglect"),
    UNMET_SEND_NEED("Unmet special educational need or disability"),
    POLICE_CUSTODY("Brought into police custody"),
    OTHER("Something else");

    private final String label;

    ConcernCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ConcernCategory> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(code)).findFirst();
    }

    public static String allowedCodes() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
