package org.reachable.frontdoor;

import java.util.Optional;
import java.util.UUID;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.Organisations;
import org.springframework.stereotype.Component;

/** Names the kind of agency a contact came from, for the performance figures ("Police", "School"). */
@Component
class Agencies {

    static final String UNKNOWN = "Unknown";

    private final Organisations organisations;

    Agencies(Organisations organisations) {
        this.organisations = organisations;
    }

    String kindOf(UUID organisationId) {
        return Optional.ofNullable(organisationId).flatMap(organisations::find).map(Organisation::kind)
                .map(k -> k.label()).orElse(UNKNOWN);
    }
}
