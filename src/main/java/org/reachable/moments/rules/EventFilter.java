package org.reachable.moments.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reachable.chronology.EventType;
import org.reachable.chronology.HistoryEvent;

/**
 * Which events a condition counts: any of the alternatives, each one of its types and, where given, these values of
 * the type's details (e.g. an ED attendance for assault, or any police contact).
 */
public record EventFilter(List<Alternative> alternatives) {

    public EventFilter {
        alternatives = List.copyOf(alternatives);
    }

    public static EventFilter of(Set<EventType> types, Map<String, Set<String>> where) {
        return new EventFilter(List.of(new Alternative(types, where)));
    }

    public boolean matches(HistoryEvent event) {
        return alternatives.stream().anyMatch(a -> a.matches(event));
    }

    /** Events of one of these types with these detail values. */
    public record Alternative(Set<EventType> types, Map<String, Set<String>> where) {

        public Alternative {
            types = Set.copyOf(types);
            where = Map.copyOf(where);
        }

        boolean matches(HistoryEvent event) {
            if (!types.contains(event.type())) {
                return false;
            }
            for (Map.Entry<String, Set<String>> wanted : where.entrySet()) {
                String value = event.details().get(wanted.getKey());
                if (value == null || !wanted.getValue().contains(value)) {
                    return false;
                }
            }
            return true;
        }
    }
}
