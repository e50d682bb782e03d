/**
 * Children and young people (0-24): names (with previous names and aliases), date of birth, sex, ethnicity,
 * per-agency identifiers with their check digits, addresses over time and family relationships. Finds a child by
 * name, date of birth or identifier.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {"platform", "access", "linkage"})
package org.reachable.identity;
