package org.reachable.synthetic.people;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.reachable.identity.NhsNumber;
import org.reachable.identity.UniquePupilNumber;
import org.reachable.synthetic.support.Rng;

/**
 * Makes identifiers that are valid and unique across the borough. NHS numbers are in the 999 range used for test
 * data (never issued to a patient) and are derived from the child's number; UPNs follow the DfE layout (check
 * letter, LA code, establishment, year, serial); police, social care and youth justice references are sequential.
 */
public final class IdentifierMaker {

    private static final int WALTHAM_FOREST_LA = 320;
    private static final int[] OTHER_LAS = {316, 317, 204, 309, 881, 202, 211};
    private static final int NHS_SPACE = 1_000_000;

    private final int nhsOffset;
    private final int localAuthority;
    private final String referencePrefix;
    private final Map<String, Integer> upnSerials = new HashMap<>();
    private int policeSerial = 1_204_331;
    private int cscSerial = 104_512;
    private int yjsSerial = 20_381;

    /** {@code namespace} (empty for a real borough) moves every identifier range, so test boroughs do not clash. */
    public IdentifierMaker(String namespace) {
        int hash = namespace.isEmpty() ? 0 : Math.floorMod(namespace.hashCode(), 97) + 1;
        this.nhsOffset = hash * 10_007;
        this.localAuthority = hash == 0 ? WALTHAM_FOREST_LA : 900 + hash;
        this.referencePrefix = namespace.isEmpty() ? "" : namespace.toUpperCase() + "-";
    }

    public static int maxChildren() {
        return NHS_SPACE;
    }

    /** "99" + six digits unique to the child + one digit chosen so that a check digit exists + the check digit. */
    public String nhsNumber(int childIndex, Rng rng) {
        long unique = ((long) childIndex * 7919 + nhsOffset) % NHS_SPACE;
        String eight = "99" + String.format("%06d", unique);
        int start = rng.below(10);
        for (int i = 0; i < 10; i++) {
            String nine = eight + (start + i) % 10;
            var check = NhsNumber.checkDigit(nine);
            if (check.isPresent()) {
                return nine + check.get();
            }
        }
        throw new IllegalStateException("No NHS check digit for " + eight);
    }

    /**
     * A UPN allocated when the child started school at {@code establishment} (a 4-digit number) in {@code year};
     * {@code fromElsewhere} gives another local authority's code.
     */
    public String upn(int establishment, LocalDate started, boolean fromElsewhere, Rng rng) {
        int la = fromElsewhere && localAuthority == WALTHAM_FOREST_LA ? OTHER_LAS[rng.below(OTHER_LAS.length)]
                : localAuthority;
        int year = started.getYear() % 100;
        int estab = establishment;
        int serial;
        while (true) {
            String key = la + "/" + estab + "/" + year;
            serial = upnSerials.merge(key, 1, Integer::sum);
            if (serial <= 999) {
                break;
            }
            estab = (estab + 5_000) % 10_000;
        }
        String twelve = String.format("%03d%04d%02d%03d", la, estab, year, serial);
        return UniquePupilNumber.checkLetter(twelve).orElseThrow() + twelve;
    }

    /** A Police National Computer-style person reference: year of first record, serial and a letter. */
    public String policeReference(LocalDate firstRecorded) {
        int serial = policeSerial++;
        return referencePrefix + String.format("%02d/%07d", firstRecorded.getYear() % 100, serial)
                + (char) ('A' + serial % 26);
    }

    public String socialCareReference() {
        return referencePrefix + "WF" + String.format("%07d", cscSerial++);
    }

    public String youthJusticeReference() {
        return referencePrefix + "YJ" + String.format("%06d", yjsSerial++);
    }
}
