package org.reachable.synthetic;

import java.util.UUID;

/** A child the demo or a benchmark points at: the showcase child or a heavy benchmark child. */
public record NotableChild(Kind kind, UUID id, String name, int events) {

    public enum Kind { SHOWCASE, HEAVY }
}
