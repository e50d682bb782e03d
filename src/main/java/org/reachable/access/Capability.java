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
    /** Send agency records through the events API or a batch file. */
    SEND_FEEDS,
    /** See records quarantined from feeds (they are personal data). */
    VIEW_QUARANTINE,
    CORRECT_QUARANTINE,
    MANAGE_API_KEYS,
    /** Decide whether two records the matcher was unsure of are the same child; undo a wrong merge. */
    REVIEW_MATCHES,
    /** Add and change the partnership's language rules (the safeguarding lead). */
    EDIT_LANGUAGE_RULES,
    /** Receive reachable-moment alerts about children and act on them. */
    RECEIVE_ALERTS,
    /** Propose and review changes to the partnership's reachable-moment rules (the safeguarding lead). */
    EDIT_MOMENT_RULES,
    /** Work the front-door queue: screen contacts, ask partners, decide, record strategy discussions. */
    WORK_FRONT_DOOR,
    /** Resolve a referrer's escalation of a front-door decision. */
    RESOLVE_ESCALATIONS,
    /** See the front door's performance figures (aggregates, small numbers suppressed). */
    VIEW_FRONT_DOOR_PERFORMANCE,
    /** Draw a random sample of front-door contacts (references, no names) for a multi-agency case audit. */
    SAMPLE_CONTACTS_FOR_AUDIT,
    /** Sit on multi-agency panels: see their meetings, record attendance, minutes, decisions and actions. */
    ATTEND_PANELS,
    /** Chair panels: see duplication across panels, manage panel membership. */
    CHAIR_PANELS,
    /** See panel analytics (attendance by agency, overdue actions, escalation times; no children named). */
    VIEW_PANEL_ANALYTICS,
    /** See peer groups, places and online spaces and the network around them (children named only with access). */
    VIEW_CONTEXTS,
    /** Record contexts, links between children and contexts, assessments, plans and critical-incident responses. */
    MANAGE_CONTEXTS,
    /** See persons of interest (adults of concern): restricted because they are often police intelligence. */
    VIEW_PERSONS_OF_INTEREST
}
