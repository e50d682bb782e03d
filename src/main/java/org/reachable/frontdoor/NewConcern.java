package org.reachable.frontdoor;

import java.util.List;
import org.reachable.identity.PersonDetails;

/**
 * A concern as the referrer types or sends it. The child is either {@code childId} (a practitioner who found the child
 * in Reachable) or {@code child}, the details the referrer knows, which identity links to a known child or registers.
 * Codes are the names of {@link ConcernCategory}, {@link Urgency}, {@link FamilyKnows} and {@link SharingBasis};
 * {@code ethnicity} is a DfE code.
 */
public record NewConcern(String childId, PersonDetails child, List<String> categories, String whatHappened,
                         String whyWorried, String childVoice, String parentVoice, String ethnicity,
                         String culturalHeritage, String sendOrDisability, String familyKnows, String sharingBasis,
                         String urgency) {

    public NewConcern {
        categories = categories == null ? List.of() : categories;
    }
}
