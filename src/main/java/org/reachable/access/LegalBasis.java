package org.reachable.access;

/** The law that lets Reachable process a child's personal data for a given purpose; recorded on every audit row. */
public enum LegalBasis {
    SAFEGUARDING("UK GDPR Art 6(1)(e) and Art 9(2)(g) with DPA 2018 Sch 1 para 18; Children Act 1989 s17/s47; "
            + "Children Act 2004 s10/s11"),
    EMERGENCY("UK GDPR Art 6(1)(d)/(e) and Art 9(2)(c)/(g) with DPA 2018 Sch 1 para 18: break-glass to protect a child"),
    CONTRIBUTION("UK GDPR Art 6(1)(e); Children Act 2004 s11; Crime and Disorder Act 1998 s115"),
    ACCOUNTABILITY("UK GDPR Art 5(2) accountability: information governance review of access"),
    STRATEGIC_ANALYSIS("Serious Violence Duty (PCSC Act 2022 Part 2): aggregate analysis, no identifiable data"),
    ADMINISTRATION("UK GDPR Art 6(1)(e): administration of the platform, no case content"),
    NONE("No legal basis: access refused");

    private final String text;

    LegalBasis(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
