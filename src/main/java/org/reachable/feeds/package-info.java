/**
 * Agency data in: the events API for agency systems, batch files (CSV per event family, school Common Transfer
 * Files, FHIR R4 bundles, CIN-census-style XML) through the {@code import} command and an upload page. Every record
 * is validated, linked to a child through identity, and either committed with its provenance or quarantined with the
 * reason; nothing accepted is lost.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feeds",
        allowedDependencies = {"platform", "agencies", "access", "identity", "chronology"})
package org.reachable.feeds;
