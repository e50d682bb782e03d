package org.reachable.agencies;

import java.util.UUID;

/** An organisation in the partnership. {@code urn} is a school's unique reference number, where it has one. */
public record Organisation(UUID id, String code, String name, OrganisationKind kind, UUID parentId, String urn) {
}
