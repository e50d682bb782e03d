package org.reachable.panels;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Display names for agenda subjects that are not children (peer groups, places, persons of interest, online spaces).
 * The module that owns contexts implements it; without one, panels show a neutral fallback ("Peer group 1a2b3c4d"),
 * never a guessed label.
 */
public interface SubjectNames {

    /** The names this implementation knows for {@code ids} of {@code kind}; ids it does not know are left out. */
    Map<UUID, String> names(SubjectKind kind, Collection<UUID> ids);
}
