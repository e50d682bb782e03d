package org.reachable.context;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a link says, in words that describe what happens rather than label a child. Some relations are protective by
 * nature (a safe space, a trusted adult, a positive peer); CONFLICT is between two contexts (groups), so that
 * emergency departments, custody and schools can keep children apart safely.
 */
public enum Relation {
    MEMBER("spends time with", false),
    PEER("is a peer of", false),
    USES("uses", false),
    CONFLICT("is in conflict with", false),
    CONTACT("has been in contact with", false),
    SAFE_SPACE("finds a safe space at", true),
    TRUSTED_ADULT("has a trusted adult at", true),
    POSITIVE_PEER("has a positive friendship with", true);

    private final String words;
    private final boolean protective;

    Relation(String words, boolean protective) {
        this.words = words;
        this.protective = protective;
    }

    public String words() {
        return words;
    }

    /** True when the relation itself is a strength (the link may also be marked protective by the recorder). */
    public boolean protective() {
        return protective;
    }

    public static Optional<Relation> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(code)).findFirst();
    }

    public static String allowedCodes() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
