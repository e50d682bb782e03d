package org.reachable.access;

import java.util.EnumSet;
import java.util.Set;

/** What a person does in the partnership, and so what they may do in Reachable. */
public enum Role {
    MASH_PRACTITIONER("MASH practitioner", EnumSet.of(Capability.SEARCH_CHILDREN, Capability.READ_CHILD_RECORD,
            Capability.BREAK_GLASS, Capability.RECORD_EVENT, Capability.SUBMIT_INFORMATION,
            Capability.VIEW_QUARANTINE, Capability.CORRECT_QUARANTINE, Capability.REVIEW_MATCHES,
            Capability.RECEIVE_ALERTS, Capability.WORK_FRONT_DOOR, Capability.ATTEND_PANELS, Capability.VIEW_CONTEXTS,
            Capability.MANAGE_CONTEXTS, Capability.VIEW_PERSONS_OF_INTEREST)),
    PRACTITIONER("Lead practitioner / case worker", EnumSet.of(Capability.SEARCH_CHILDREN,
            Capability.READ_CHILD_RECORD, Capability.BREAK_GLASS, Capability.RECORD_EVENT,
            Capability.SUBMIT_INFORMATION, Capability.RECEIVE_ALERTS, Capability.ATTEND_PANELS,
            Capability.VIEW_CONTEXTS, Capability.MANAGE_CONTEXTS)),
    MANAGER("Team manager", EnumSet.of(Capability.SEARCH_CHILDREN, Capability.READ_CHILD_RECORD,
            Capability.BREAK_GLASS, Capability.RECORD_EVENT, Capability.SUBMIT_INFORMATION,
            Capability.REVIEW_BREAK_GLASS, Capability.REVIEW_MATCHES, Capability.EDIT_LANGUAGE_RULES,
            Capability.RECEIVE_ALERTS, Capability.EDIT_MOMENT_RULES, Capability.RESOLVE_ESCALATIONS,
            Capability.VIEW_FRONT_DOOR_PERFORMANCE, Capability.SAMPLE_CONTACTS_FOR_AUDIT,
            Capability.ATTEND_PANELS, Capability.CHAIR_PANELS, Capability.VIEW_PANEL_ANALYTICS, Capability.VIEW_CONTEXTS,
            Capability.MANAGE_CONTEXTS, Capability.VIEW_PERSONS_OF_INTEREST)),
    CONTRIBUTOR("Contributor (school, police, health, youth work)", EnumSet.of(Capability.SUBMIT_INFORMATION,
            Capability.SEND_FEEDS, Capability.VIEW_CONTEXTS)),
    ANALYST("Analyst", EnumSet.of(Capability.VIEW_AGGREGATES, Capability.VIEW_FRONT_DOOR_PERFORMANCE,
            Capability.VIEW_PANEL_ANALYTICS)),
    IG_OFFICER("Information governance officer", EnumSet.of(Capability.REVIEW_ACCESS, Capability.VIEW_QUARANTINE)),
    ADMIN("System administrator", EnumSet.of(Capability.MANAGE_USERS, Capability.MANAGE_API_KEYS)),
    /** An agency's own system sending events with an API key; never a person, never signs in. */
    AGENCY_SYSTEM("Agency system (API key)", EnumSet.of(Capability.SEND_FEEDS));

    private final String label;
    private final Set<Capability> capabilities;

    Role(String label, Set<Capability> capabilities) {
        this.label = label;
        this.capabilities = capabilities;
    }

    public String label() {
        return label;
    }

    public boolean can(Capability capability) {
        return capabilities.contains(capability);
    }
}
