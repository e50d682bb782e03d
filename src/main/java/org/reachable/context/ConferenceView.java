package org.reachable.context;

import java.util.List;

/**
 * A context for a context conference, with no child named anywhere: how many children are linked and how (risk,
 * protective, disputed, expired), the places, groups and online spaces around it, conflicts, the assessments (with
 * the names of linked children taken out) and the plan's actions.
 */
public record ConferenceView(Context context, int children, int riskLinks, int protectiveLinks, int disputedLinks,
                             int expiredLinks, int peerLinks, List<String> around, List<String> conflicts,
                             List<StageNote> notes, List<ContextAction> actions) {

    public ConferenceView {
        around = List.copyOf(around);
        conflicts = List.copyOf(conflicts);
        notes = List.copyOf(notes);
        actions = List.copyOf(actions);
    }
}
