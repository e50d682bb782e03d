/**
 * The multi-agency chronology: every event any agency recorded about a child, in one timeline ordered by when it
 * happened, with the key facts a practitioner needs first. Events are typed by a versioned taxonomy (EventType).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chronology",
        allowedDependencies = {"platform", "identity", "agencies", "access"})
package org.reachable.chronology;
