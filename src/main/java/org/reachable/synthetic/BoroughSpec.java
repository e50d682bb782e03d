package org.reachable.synthetic;

import java.time.LocalDate;

/**
 * What borough to generate. The same spec always gives the same borough.
 *
 * @param seed          the random seed
 * @param children      how many children and young people (0-24), at least {@value #MIN_CHILDREN}
 * @param today         "now": three years of history end the day before
 * @param heavyChildren extra benchmark children, each with at least {@code heavyEvents} events
 * @param heavyEvents   events per heavy child
 * @param namespace     empty for a real borough; a short lower-case word shifts every code, username, reference and
 *                      identifier range so a test can load a borough into a shared database
 */
public record BoroughSpec(long seed, int children, LocalDate today, int heavyChildren, int heavyEvents,
                          String namespace) {

    public static final int MIN_CHILDREN = 20;
    public static final int MAX_CHILDREN = 1_000_000;

    public BoroughSpec {
        if (children < MIN_CHILDREN || children > MAX_CHILDREN) {
            throw new IllegalArgumentException("children must be between " + MIN_CHILDREN + " and " + MAX_CHILDREN
                    + ", not " + children);
        }
        if (today == null) {
            throw new IllegalArgumentException("today is required");
        }
        // Up to 10,000 heavy children: the reachable-moments latency benchmark needs about 3,100 children of 3,000
        // events each to bring a 250,000-child borough to 10 million events.
        if (heavyChildren < 0 || heavyEvents < 0 || heavyChildren > 10_000 || heavyEvents > 100_000) {
            throw new IllegalArgumentException("heavy children must be 0-10,000 with 0-100,000 events each");
        }
        namespace = namespace == null ? "" : namespace;
        if (!namespace.matches("[a-z0-9]{0,12}")) {
            throw new IllegalArgumentException("namespace must be up to 12 lower-case letters or digits");
        }
    }

    public static BoroughSpec of(long seed, int children, LocalDate today) {
        return new BoroughSpec(seed, children, today, 0, 0, "");
    }

    public BoroughSpec withHeavyChildren(int count, int events) {
        return new BoroughSpec(seed, children, today, count, events, namespace);
    }

    public BoroughSpec inNamespace(String name) {
        return new BoroughSpec(seed, children, today, heavyChildren, heavyEvents, name);
    }

    public int totalChildren() {
        return children + heavyChildren;
    }
}
