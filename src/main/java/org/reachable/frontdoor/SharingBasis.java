package org.reachable.frontdoor;

import java.util.Arrays;
import java.util.Optional;

/** The law under which the referrer shares information with the front door. Consent is usually not the basis. */
public enum SharingBasis {
    SAFEGUARDING_PUBLIC_TASK("UK GDPR Art 6(1)(e) public task and Art 9 with DPA 2018 Sch 1 para 18 (safeguarding "
            + "children); Children Act 2004 s10/s11"),
    CHILD_PROTECTION("Children Act 1989 s47: reasonable cause to suspect significant harm"),
    CHILD_IN_NEED("Children Act 1989 s17"),
    CRIME_AND_DISORDER("Crime and Disorder Act 1998 s115"),
    SERIOUS_VIOLENCE_DUTY("Serious Violence Duty information-sharing powers (PCSC Act 2022)"),
    VITAL_INTERESTS("UK GDPR Art 6(1)(d) vital interests: to protect life"),
    CONSENT("Consent of the young person or parent");

    private final String label;

    SharingBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<SharingBasis> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(code)).findFirst();
    }

    public static String allowedCodes() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
