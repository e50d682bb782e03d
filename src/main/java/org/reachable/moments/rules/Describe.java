package org.reachable.moments.rules;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reachable.chronology.EventType;

/** A condition in plain English, for the rules page and every alert. */
public final class Describe {

    private Describe() {
    }

    public static String condition(Condition condition) {
        return switch (condition) {
            case Condition.Recent r -> events(r.filter()) + " in the last " + days(r.withinDays());
            case Condition.Count c -> c.atLeast() + " or more of: " + events(c.filter()) + ", within "
                    + days(c.withinDays()) + (c.fromDifferentSources() > 1
                    ? ", recorded by at least " + c.fromDifferentSources() + " different teams or agencies" : "")
                    + (c.fromDifferentAgencies() > 1
                    ? ", from at least " + c.fromDifferentAgencies() + " different agencies" : "");
            case Condition.AllOf all -> "all of: " + all.parts().stream().map(Describe::condition)
                    .collect(Collectors.joining("; and "));
            case Condition.AnyOf any -> "any of: " + any.parts().stream().map(Describe::condition)
                    .collect(Collectors.joining("; or "));
            case Condition.FollowedBy f -> events(f.then()) + " within " + days(f.withinDays()) + " after "
                    + events(f.first());
            case Condition.StillWaiting w -> "still waiting more than " + days(w.moreThanDays()) + " after "
                    + events(w.since()) + ", with no " + events(w.endedBy()) + " since";
            case Condition.StillOpen o -> events(o.started()) + " with no " + events(o.endedBy()) + " since";
            case Condition.AgeBetween a -> "aged " + a.from() + " to " + a.to();
            case Condition.Birthday b -> "turns " + b.age() + " within the next " + days(b.withinDays());
            case Condition.StartingSecondarySchool s -> "starts Year 7 within the next " + days(s.withinDays());
            case Condition.PostcodeIn p -> "lives in postcode " + String.join(", ", p.prefixes());
        };
    }

    static String events(EventFilter filter) {
        return filter.alternatives().stream().map(Describe::alternative).collect(Collectors.joining(" or "));
    }

    private static String alternative(EventFilter.Alternative alternative) {
        String types = alternative.types().stream().sorted().map(EventType::label)
                .collect(Collectors.joining(" or "));
        if (alternative.where().isEmpty()) {
            return types;
        }
        return types + " (" + alternative.where().entrySet().stream().map(Describe::detail)
                .collect(Collectors.joining("; ")) + ")";
    }

    private static String detail(Map.Entry<String, Set<String>> detail) {
        return detail.getKey() + ": " + detail.getValue().stream().sorted()
                .map(v -> v.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(" or "));
    }

    private static String days(int days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
