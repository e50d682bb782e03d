package org.reachable.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * Ethnicity as the DfE codes it (school census, CTF, CIN census), with the NHS ethnic category each maps to. Recorded
 * to monitor disproportionality; never an input to any alert, score or flag.
 */
public enum Ethnicity {
    WBRI("White - British", 'A'),
    WIRI("White - Irish", 'B'),
    WIRT("Traveller of Irish heritage", 'C'),
    WOTH("Any other White background", 'C'),
    WROM("Gypsy / Roma", 'C'),
    MWBC("White and Black Caribbean", 'D'),
    MWBA("White and Black African", 'E'),
    MWAS("White and Asian", 'F'),
    MOTH("Any other mixed background", 'G'),
    AIND("Indian", 'H'),
    APKN("Pakistani", 'J'),
    ABAN("Bangladeshi", 'K'),
    AOTH("Any other Asian background", 'L'),
    BCRB("Black Caribbean", 'M'),
    BAFR("Black - African", 'N'),
    BOTH("Any other Black background", 'P'),
    CHNE("Chinese", 'R'),
    OOTH("Any other ethnic group", 'S'),
    REFU("Refused", 'Z'),
    NOBT("Information not yet obtained", 'Z');

    private final String label;
    private final char nhsCode;

    Ethnicity(String label, char nhsCode) {
        this.label = label;
        this.nhsCode = nhsCode;
    }

    public String label() {
        return label;
    }

    /** NHS Data Dictionary ethnic category (A White British ... P any other Black, Z not stated). */
    public char nhsCode() {
        return nhsCode;
    }

    public static Optional<Ethnicity> fromDfeCode(String code) {
        return Arrays.stream(values()).filter(e -> e.name().equalsIgnoreCase(code)).findFirst();
    }

    /**
     * The DfE code for an NHS ethnic category. NHS categories are coarser: C (any other White) becomes WOTH and Z
     * (not stated) becomes NOBT, because the finer DfE distinction is not in the NHS record.
     */
    public static Optional<Ethnicity> fromNhsCode(char code) {
        return switch (Character.toUpperCase(code)) {
            case 'C' -> Optional.of(WOTH);
            case 'Z' -> Optional.of(NOBT);
            default -> Arrays.stream(values()).filter(e -> e.nhsCode == Character.toUpperCase(code)).findFirst();
        };
    }

    public static String allowedCodes() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
