package org.reachable.synthetic;

import java.time.Duration;
import java.util.List;

/** What a generate-and-load run produced, and how long it took. */
public record LoadSummary(BoroughSpec spec, int organisations, int practitioners, long children, long events,
                          long grants, long agencyRecords, List<DemoLogin> demoLogins, List<NotableChild> notable,
                          Duration took) {

    public NotableChild showcase() {
        return notable.stream().filter(n -> n.kind() == NotableChild.Kind.SHOWCASE).findFirst().orElseThrow();
    }

    public List<NotableChild> heavy() {
        return notable.stream().filter(n -> n.kind() == NotableChild.Kind.HEAVY).toList();
    }
}
