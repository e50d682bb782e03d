package org.reachable.panels;

import java.util.UUID;

/** One thing on an agenda: a child (an identity person id) or a context (the context module's id). */
public record Subject(SubjectKind kind, UUID id) {
}
