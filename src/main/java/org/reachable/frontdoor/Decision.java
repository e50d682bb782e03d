package org.reachable.frontdoor;

import java.util.Arrays;
import java.util.Optional;

/** What the MASH decides about a contact. Assessments and s47 enquiries start a 45-working-day assessment clock. */
public enum Decision {
    NFA_WITH_ADVICE("No further action, with advice to the referrer", false),
    EARLY_HELP("Early help", false),
    CHILD_IN_NEED_ASSESSMENT("Child in need assessment (Children Act 1989 s17)", true),
    STRATEGY_DISCUSSION("Strategy discussion and section 47 enquiry", true),
    RISK_OUTSIDE_THE_HOME("Risk outside the home pathway", true),
    PANEL_REFERRAL("Referral to a panel (MACE / risks outside the home)", false);

    private final String label;
    private final boolean startsAssessment;

    Decision(String label, boolean startsAssessment) {
        this.label = label;
        this.startsAssessment = startsAssessment;
    }

    public String label() {
        return label;
    }

    public boolean startsAssessment() {
        return startsAssessment;
    }

    public static Optional<Decision> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(code)).findFirst();
    }

    public static String allowedCodes() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
