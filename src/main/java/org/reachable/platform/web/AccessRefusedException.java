package org.reachable.platform.web;

import java.util.UUID;

/**
 * Refused: the user's role cannot do this at all, or they have no legitimate relationship with this child. The
 * refusal has already been audited when this is thrown. Answered with 403.
 */
public class AccessRefusedException extends RuntimeException {

    private final UUID personId;
    private final boolean breakGlassPossible;

    public AccessRefusedException(String message, UUID personId, boolean breakGlassPossible) {
        super(message);
        this.personId = personId;
        this.breakGlassPossible = breakGlassPossible;
    }

    public UUID personId() {
        return personId;
    }

    /** True when the user could open the record by giving a break-glass reason. */
    public boolean breakGlassPossible() {
        return breakGlassPossible;
    }
}
