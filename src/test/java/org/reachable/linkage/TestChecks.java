package org.reachable.linkage;

import org.reachable.identity.NhsNumber;
import org.reachable.identity.UniquePupilNumber;

/** NHS number and UPN check digits for tests (the application gets them from identity's bean). */
public final class TestChecks implements IdentifierCheck {

    public static final TestChecks INSTANCE = new TestChecks();

    @Override
    public boolean hasCheckDigit(String scheme) {
        return scheme.equals("NHS") || scheme.equals("UPN");
    }

    @Override
    public boolean isValid(String scheme, String value) {
        return scheme.equals("NHS") ? NhsNumber.isValid(value) : UniquePupilNumber.isValid(value);
    }

    /** A valid NHS number starting with these nine digits (which must have a check digit). */
    public static String nhs(String nineDigits) {
        return nineDigits + NhsNumber.checkDigit(nineDigits).orElseThrow();
    }
}
