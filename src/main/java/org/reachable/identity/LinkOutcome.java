package org.reachable.identity;

/** How an agency record's person was linked to the register. */
public enum LinkOutcome {
    /** Linked automatically to a child already in the register. */
    LINKED,
    /** Registered as a new, provisional child and sent to a person to decide whether it is someone already known. */
    REVIEW,
    /** Nobody like them in the register: registered as a new child. */
    NEW
}
