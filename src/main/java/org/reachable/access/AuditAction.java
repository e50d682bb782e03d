package org.reachable.access;

/** What somebody did with personal data (or tried to). */
public enum AuditAction {
    READ, SEARCH, EXPORT, WRITE, BREAK_GLASS, REVIEW, SIGN_IN, ADMINISTER
}
