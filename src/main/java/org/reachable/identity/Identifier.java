package org.reachable.identity;

/** An identifier an agency gave the person; {@code issuer} names the agency where that matters (police force). */
public record Identifier(IdentifierScheme scheme, String value, String issuer) {
}
