/**
 * A deterministic synthetic borough (Waltham Forest-like) for the demo, tests, benchmarks and record-linkage work:
 * organisations and practitioners, children 0-24 with households, addresses and identifiers, three years of
 * multi-agency events, each agency's own (imperfect) records of the children it knows, and the ground truth.
 * The same seed always gives the same borough.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Synthetic borough",
        allowedDependencies = {"platform", "agencies", "identity", "chronology", "access", "frontdoor", "panels",
            "context"})
package org.reachable.synthetic;
