package org.reachable.synthetic.events;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.Practitioner;
import org.reachable.chronology.ChronologyEvent;
import org.reachable.chronology.EventFamily;
import org.reachable.chronology.EventType;
import org.reachable.chronology.Sensitivity;
import org.reachable.synthetic.partnership.Directory;
import org.reachable.synthetic.people.SyntheticChild;
import org.reachable.synthetic.support.Rng;

/**
 * Turns what happened into chronology events: a stable id from the household's random stream, the recording
 * practitioner, when the agency recorded it and when it reached Reachable, and a source reference unique within the
 * organisation's system. Health items are marked sensitive.
 */
public final class EventMaker {

    private final Directory directory;
    private final Timeline timeline;
    private final String refPrefix;
    private final Map<String, Integer> serials = new HashMap<>();

    public EventMaker(Directory directory, Timeline timeline, String namespace) {
        this.directory = directory;
        this.timeline = timeline;
        this.refPrefix = namespace.isEmpty() ? "" : namespace.toUpperCase() + "-";
    }

    public Directory directory() {
        return directory;
    }

    public Timeline timeline() {
        return timeline;
    }

    public Draft draft(SyntheticChild child, EventType type, Instant at) {
        return new Draft(child, type, at);
    }

    /** An event being put together; {@link #add()} records it on the child (if it happened before now). */
    public final class Draft {
        private final SyntheticChild child;
        private final EventType type;
        private final Instant at;
        private Organisation organisation;
        private Practitioner practitioner;
        private String summary;
        private String childWords;
        private Sensitivity sensitivity;
        private final Map<String, String> details = new LinkedHashMap<>();

        private Draft(SyntheticChild child, EventType type, Instant at) {
            this.child = child;
            this.type = type;
            this.at = at;
            this.sensitivity = type.family() == EventFamily.HEALTH ? Sensitivity.SENSITIVE : Sensitivity.STANDARD;
        }

        public Draft by(Organisation organisation) {
            return by(organisation, (String) null);
        }

        /** Recorded at {@code organisation} by someone whose job title starts with {@code job}. */
        public Draft by(Organisation organisation, String job) {
            this.organisation = organisation;
            this.practitioner = directory.staff(organisation, job, child.household().rng());
            return this;
        }

        public Draft by(Organisation organisation, Practitioner practitioner) {
            this.organisation = organisation;
            this.practitioner = practitioner;
            return this;
        }

        public Draft says(String summary) {
            this.summary = summary;
            return this;
        }

        public Draft words(String childWords) {
            this.childWords = childWords;
            return this;
        }

        public Draft detail(String name, String value) {
            details.put(name, value);
            return this;
        }

        public Draft sensitivity(Sensitivity sensitivity) {
            this.sensitivity = sensitivity;
            return this;
        }

        public Practitioner practitioner() {
            return practitioner;
        }

        /** Records the event; null (nothing recorded) if it would happen after now. */
        public ChronologyEvent add() {
            if (!timeline.isPast(at)) {
                return null;
            }
            Rng rng = child.household().rng();
            Instant recorded = clamp(Timeline.later(at, 0.2, lagHours(organisation), rng));
            Instant received = clamp(Timeline.later(recorded, 0.05, 6, rng));
            String system = directory.sourceSystem(organisation);
            int serial = serials.merge(system, 1, Integer::sum);
            ChronologyEvent event = new ChronologyEvent(rng.uuid(), child.id(), type, type.version(),
                    organisation.id(), practitioner.fullName() + ", " + practitioner.jobTitle(), null, at, recorded,
                    received, system, refPrefix + system.toUpperCase().replace("-", "") + "-" + serial, sensitivity,
                    summary, childWords, details);
            child.record(event, organisation, Timeline.date(at));
            return event;
        }

        private Instant clamp(Instant instant) {
            return instant.isAfter(timeline.now()) ? timeline.now() : instant;
        }
    }

    private static double lagHours(Organisation organisation) {
        return switch (organisation.kind().sector()) {
            case POLICE -> 30;
            case EDUCATION -> 20;
            case HEALTH -> 24;
            case SOCIAL_CARE, YOUTH_JUSTICE -> 72;
            default -> 96;
        };
    }
}
