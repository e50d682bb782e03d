package org.reachable.moments.rules;

import java.util.EnumSet;
import java.util.Set;
import org.reachable.chronology.EventType;

/** The event types a rule looks at: the recorded events whose own disproportion its alerts are compared with. */
public final class RuleInputs {

    private RuleInputs() {
    }

    public static Set<EventType> eventTypes(Condition condition) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        collect(condition, types);
        return types;
    }

    private static void collect(Condition condition, Set<EventType> types) {
        switch (condition) {
            case Condition.Recent r -> add(r.filter(), types);
            case Condition.Count c -> add(c.filter(), types);
            case Condition.AllOf all -> all.parts().forEach(p -> collect(p, types));
            case Condition.AnyOf any -> any.parts().forEach(p -> collect(p, types));
            case Condition.FollowedBy f -> {
                add(f.first(), types);
                add(f.then(), types);
            }
            case Condition.StillWaiting w -> add(w.since(), types);
            case Condition.StillOpen o -> add(o.started(), types);
            case Condition.AgeBetween a -> { }
            case Condition.Birthday b -> { }
            case Condition.StartingSecondarySchool s -> { }
            case Condition.PostcodeIn p -> { }
        }
    }

    private static void add(EventFilter filter, Set<EventType> types) {
        filter.alternatives().forEach(a -> types.addAll(a.types()));
    }
}
