/**
 * Context: peer groups, places, persons of interest and online spaces as subjects in their own right, each with a
 * lifecycle (referral, assessment, plan with actions for any agency, review, closed); links between children and
 * contexts with provenance, strength and a review date, which can be protective as well as risk, can be challenged and
 * expire unless reviewed; the network around a child or a context, filtered by what the viewer may see; the context
 * conference view with no child names; and the critical-incident response when a child is seriously harmed.
 * Peer maps describe what has happened around children, never labels for them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Context",
        allowedDependencies = {"platform", "access", "identity", "chronology"})
package org.reachable.context;
