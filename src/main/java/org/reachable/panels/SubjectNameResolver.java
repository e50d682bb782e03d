package org.reachable.panels;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.reachable.context.Contexts;
import org.reachable.identity.ChildRegister;
import org.springframework.stereotype.Component;

/**
 * Names agenda subjects: children from the register, peer groups, places, persons of interest and online spaces from
 * the context module (which names persons of interest only to roles that may see them). Callers show these names only
 * on audited pages.
 */
@Component
class SubjectNameResolver {

    private final ChildRegister register;
    private final Contexts contexts;

    SubjectNameResolver(ChildRegister register, Contexts contexts) {
        this.register = register;
        this.contexts = contexts;
    }

    Map<Subject, String> names(Collection<Subject> subjects) {
        Map<Subject, String> names = new HashMap<>();
        Map<SubjectKind, Set<UUID>> byKind = subjects.stream().collect(Collectors.groupingBy(Subject::kind,
                Collectors.mapping(Subject::id, Collectors.toSet())));
        byKind.forEach((kind, ids) -> {
            Map<UUID, String> known = new HashMap<>();
            if (kind == SubjectKind.CHILD) {
                known.putAll(register.names(ids));
            } else {
                known.putAll(contexts.namesOf(ids));
            }
            ids.forEach(id -> names.put(new Subject(kind, id), known.getOrDefault(id, fallback(kind, id))));
        });
        return names;
    }

    String name(Subject subject) {
        return names(List.of(subject)).get(subject);
    }

    /** Without a name, say what kind of subject it is and a short reference, never a guess. */
    static String fallback(SubjectKind kind, UUID id) {
        return (kind == SubjectKind.CHILD ? "Unknown child" : kind.label()) + " " + id.toString().substring(0, 8);
    }
}
