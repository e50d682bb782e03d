package org.reachable.identity.internal;

import java.util.Locale;
import org.reachable.identity.NhsNumber;
import org.reachable.identity.UniquePupilNumber;
import org.reachable.linkage.IdentifierCheck;
import org.springframework.stereotype.Component;

/** Tells record linkage which identifiers carry check digits (NHS numbers, UPNs) and whether a value passes. */
@Component
class IdentifierChecksForLinkage implements IdentifierCheck {

    @Override
    public boolean hasCheckDigit(String scheme) {
        return switch (scheme.strip().toUpperCase(Locale.ROOT)) {
            case "NHS", "UPN" -> true;
            default -> false;
        };
    }

    @Override
    public boolean isValid(String scheme, String value) {
        return switch (scheme.strip().toUpperCase(Locale.ROOT)) {
            case "NHS" -> NhsNumber.isValid(value);
            case "UPN" -> UniquePupilNumber.isValid(value);
            default -> false;
        };
    }
}
