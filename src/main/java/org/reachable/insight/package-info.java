/**
 * Strategic insight for analysts: aggregate, pseudonymised views of what happens in the borough. An analyst never sees
 * a name or an identifier; small numbers are suppressed. (The Serious Violence Duty needs assessment grows here.)
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight",
        allowedDependencies = {"platform", "chronology", "access"})
package org.reachable.insight;
