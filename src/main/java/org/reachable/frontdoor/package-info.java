/**
 * The front door (MASH): concerns raised by any agency and automatic contacts from ED, ambulance and custody events;
 * screening, requests to partners, decisions on Working Together timescales in working days, strategy discussions,
 * feedback to the referrer and escalation of disagreements. Opens and closes the MASH's access to the child's record
 * while a contact is open.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Front door",
        allowedDependencies = {"platform", "access", "agencies", "identity", "chronology", "language"})
package org.reachable.frontdoor;
