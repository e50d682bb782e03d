package org.reachable.access;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.reachable.access.internal.AccessRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time-boxed access for panel members: while a meeting's window is open (from some time before the meeting until it
 * ends) its members may open the records of the children on its agenda. The panels module owns the meetings and
 * calls {@link #replace} whenever an agenda or a membership changes; outside the window the record stays shut.
 */
@Service
public class PanelAccessWindows {

    private final AccessRepository repository;

    PanelAccessWindows(AccessRepository repository) {
        this.repository = repository;
    }

    /**
     * Makes {@code windows} the only panel access held under {@code reference} (one meeting), removing any given
     * earlier under it, so a child taken off an agenda or a member who leaves loses access at once.
     */
    @Transactional
    public void replace(String reference, Collection<Window> windows) {
        repository.replacePanelWindows(reference, windows);
    }

    /** One member's access to one child for one meeting; {@code reason} is what the audit log shows. */
    public record Window(UUID personId, UUID userId, String reason, Instant opensAt, Instant closesAt) {

        public Window {
            if (!closesAt.isAfter(opensAt)) {
                throw new IllegalArgumentException("A panel access window must close after it opens");
            }
        }

        public boolean isOpenAt(Instant now) {
            return !now.isBefore(opensAt) && now.isBefore(closesAt);
        }
    }
}
