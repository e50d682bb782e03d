package org.reachable.linkage;

/**
 * Check-digit validation of identifiers, by scheme name. A match of two valid identifiers of a checked scheme is
 * near-certain evidence for a link; two different valid ones are strong evidence against, and the clustering never
 * puts them in one person. The identity module implements this for NHS numbers and unique pupil numbers.
 */
public interface IdentifierCheck {

    /** No scheme has a check digit: identifiers are compared as plain text. */
    IdentifierCheck NONE = new IdentifierCheck() {
        @Override
        public boolean hasCheckDigit(String scheme) {
            return false;
        }

        @Override
        public boolean isValid(String scheme, String value) {
            return false;
        }
    };

    /** Whether identifiers of this scheme (e.g. {@code NHS}) carry a check digit this check knows. */
    boolean hasCheckDigit(String scheme);

    /** Whether the value is a well-formed identifier of the scheme with a correct check digit. */
    boolean isValid(String scheme, String value);
}
