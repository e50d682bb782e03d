package org.reachable.access;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Names for the children that access pages mention (break-glass reviews). Implemented by the identity module, which
 * depends on access, so access never reaches into identity.
 */
public interface PersonDirectory {

    Map<UUID, String> names(Collection<UUID> personIds);
}
