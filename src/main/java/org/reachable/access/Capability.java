package org.reachable.access;

/** Things a role may do. Reading a particular child's record also needs a legitimate relationship. */
public enum Capability {
    SEARCH_CHILDREN,
    READ_CHILD_RECORD,
    BREAK_GLASS,
    RECORD_EVENT,
    SUBMIT_INFORMATION,
    VIEW_AGGREGATES,
    REVIEW_ACCESS,
    REVIEW_BREAK_GLASS,
    MANAGE_USERS,
    EDIT_LANGUAGE_RULES
}
