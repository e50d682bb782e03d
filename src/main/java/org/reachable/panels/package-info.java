/**
 * Panels: multi-agency meetings in tiers (daily meeting, pre-MACE/ROHOP, MACE, ROTH conference, ENGAGE) with terms of
 * reference and escalation between them; membership by organisation and role; agendas of children and contexts;
 * attendance; decisions; owned actions that roll forward to the next meeting until done; outcomes shared with the child
 * and family; minutes checked for victim-blaming language. Members may open an agenda child's record only inside the
 * meeting window. Chairs see duplication (the same child on several panels, or discussed repeatedly with nothing
 * done); the partnership sees attendance by agency, overdue actions and time from escalation to discussion.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Panels",
        allowedDependencies = {"platform", "access", "agencies", "identity", "language", "context"})
package org.reachable.panels;
