package org.reachable.access;

/** Why the signed-in user may read a child's record: the relationship, in words, and the law relied on. */
public record RecordAccess(Basis basis, String description, LegalBasis legalBasis) {

    public enum Basis { LEAD_PRACTITIONER, TEAM_AROUND_CHILD, OPEN_FRONT_DOOR_CASE, PANEL_MEETING, BREAK_GLASS }
}
