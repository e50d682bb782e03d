/**
 * Reachable moments: the partnership's cumulative-harm and critical-moment rules, judged over a child's linked
 * chronology the moment events arrive, and the alerts they raise to the practitioners around the child (or the MASH).
 * Rules are data (JSON definitions, versioned, changed by proposal and second-person approval) and can see only what
 * happened to a child, their age and postcode: never sex, ethnicity, religion or disability.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reachable moments",
        allowedDependencies = {"platform", "access", "identity", "chronology", "agencies"})
package org.reachable.moments;
