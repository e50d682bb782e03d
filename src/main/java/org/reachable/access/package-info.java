/**
 * Access and audit for the whole platform. Deny by default: a person reads a child's record only through a legitimate
 * relationship (lead practitioner, team around the child, MASH while a contact is open, or a time-boxed break-glass
 * with a reason). Every read, search, export and write of personal data goes to an append-only, hash-chained log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access and audit",
        allowedDependencies = {"platform", "agencies"})
package org.reachable.access;
