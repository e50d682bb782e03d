package org.reachable.synthetic.views;

import java.util.Map;
import org.reachable.synthetic.Agency;

/**
 * How often each agency's record of a child differs from the truth, per record. These are the rates documented in
 * docs/data-formats/synthetic-borough.md; tests measure the files against them.
 *
 * @param nickname       a nickname, short form or other spelling instead of the given name (if the name has one)
 * @param givenTypo      one typing error in the given name
 * @param familyTypo     one typing error in the family name
 * @param namesSwapped   given and family name swapped
 * @param oldSurname     the previous surname, for children who have one (besides records made before the change)
 * @param dobSwapped     day and month swapped, for dates where that gives another valid date
 * @param dobOther       another date-of-birth error: a day out or a year digit wrong
 * @param sexMissing     sex not recorded
 * @param staleAddress   an earlier address, for children who moved (besides records last updated before the move)
 * @param postcodeMissing no postcode
 * @param idMissing      the agency's main identifier (UPN, NHS number, police reference) missing where it is known
 * @param duplicate      a second record of the same child in the same system
 */
public record Corruption(double nickname, double givenTypo, double familyTypo, double namesSwapped, double oldSurname,
                         double dobSwapped, double dobOther, double sexMissing, double staleAddress,
                         double postcodeMissing, double idMissing, double duplicate) {

    public static final Map<Agency, Corruption> RATES = Map.of(
            Agency.POLICE, new Corruption(0.15, 0.04, 0.05, 0.01, 0.5, 0.03, 0.01, 0.02, 0.15, 0.08, 0.10, 0.04),
            Agency.SCHOOL, new Corruption(0.03, 0.01, 0.01, 0.0, 0.2, 0.005, 0.002, 0.0, 0.05, 0.01, 0.02, 0.005),
            Agency.HEALTH, new Corruption(0.08, 0.03, 0.03, 0.01, 0.4, 0.02, 0.01, 0.01, 0.2, 0.03, 0.08, 0.03),
            Agency.CSC, new Corruption(0.06, 0.03, 0.03, 0.005, 0.3, 0.02, 0.01, 0.005, 0.1, 0.03, 0.4, 0.01),
            Agency.YJS, new Corruption(0.10, 0.02, 0.02, 0.005, 0.3, 0.01, 0.005, 0.0, 0.1, 0.02, 0.15, 0.005));

    public static Corruption of(Agency agency) {
        return RATES.get(agency);
    }
}
