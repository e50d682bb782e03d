package org.reachable.context;

import java.util.List;

/**
 * Everything on a context's page: the context, its stage notes, the plan's actions, every link (current, disputed,
 * expired, ended) as the viewer may see it, and the challenges raised against links.
 */
public record ContextFile(Context context, List<StageNote> notes, List<ContextAction> actions, List<LinkRow> links,
                          List<Challenge> challenges, int hiddenLinks) {

    public ContextFile {
        notes = List.copyOf(notes);
        actions = List.copyOf(actions);
        links = List.copyOf(links);
        challenges = List.copyOf(challenges);
    }

    public List<LinkRow> currentLinks() {
        return links.stream().filter(l -> !l.expired() && !l.ended()).toList();
    }

    public List<LinkRow> expiredOrEndedLinks() {
        return links.stream().filter(l -> l.expired() || l.ended()).toList();
    }
}
