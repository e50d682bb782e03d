package org.reachable.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reachable.identity.Identifier;
import org.reachable.identity.IdentifierScheme;
import org.reachable.identity.MatchDecision;
import org.reachable.identity.PersonName;
import org.reachable.identity.PersonToMatch;
import org.reachable.identity.Sex;
import org.reachable.linkage.Candidate;
import org.reachable.linkage.FieldEvidence;
import org.reachable.linkage.LinkageSettings;

/** The rules identity puts on top of the engine's probability, with no database and no engine. */
class LinkRulesTest {

    private static final String NHS = "9434765919";
    private static final String OTHER_NHS = "9434765870";
    private static final String UPN = "A320202719014";

    private final LinkRules rules = new LinkRules(LinkageSettings.defaults(new IdentifierChecksForLinkage()));
    private final UUID known = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

    @Test
    void theEngineDecidesWhenNoIdentifierIsHeldByAnyone() {
        PersonToMatch p = person();
        assertThat(rules.decide(p, List.of(candidate(known, 0.995)), known()))
                .isInstanceOf(MatchDecision.Linked.class);
        assertThat(rules.decide(p, List.of(candidate(known, 0.7)), known()))
                .isInstanceOf(MatchDecision.Review.class);
        assertThat(rules.decide(p, List.of(), known())).isInstanceOf(MatchDecision.NewPerson.class);
    }

    @Test
    void aCandidateWithADifferentValidNhsNumberIsNeverLinkedAutomatically() {
        PersonToMatch p = person(new Identifier(IdentifierScheme.NHS, NHS, null));
        Map<UUID, List<Identifier>> identifiers = Map.of(known,
                List.of(new Identifier(IdentifierScheme.NHS, OTHER_NHS, null)));

        MatchDecision decision = rules.decide(p, List.of(candidate(known, 0.99999)),
                new LinkRules.Maps(new HashMap<>(), identifiers));

        assertThat(decision).isInstanceOf(MatchDecision.Review.class);
        assertThat(decision.evidence()).anyMatch(e -> e.startsWith("Not linked automatically"));
    }

    @Test
    void anIdentifierHeldByAChildTheEngineDoesNotLinkIsReviewedWithThatChild() {
        PersonToMatch p = person(new Identifier(IdentifierScheme.NHS, NHS, null));
        MatchDecision decision = rules.decide(p, List.of(candidate(other, 0.8)),
                new LinkRules.Maps(new HashMap<>(Map.of("NHS:" + NHS, known)), Map.of()));

        assertThat(decision).isInstanceOf(MatchDecision.Review.class);
        assertThat(((MatchDecision.Review) decision).candidateId()).as("the holder, not the engine's best")
                .isEqualTo(known);
        assertThat(decision.evidence().getFirst()).isEqualTo("NHS number " + NHS + " is held by a child in the register");
    }

    @Test
    void identifiersPointingAtTwoChildrenAreReviewedEvenWhenTheEngineWouldLink() {
        PersonToMatch p = person(new Identifier(IdentifierScheme.NHS, NHS, null),
                new Identifier(IdentifierScheme.UPN, UPN, null));
        MatchDecision decision = rules.decide(p, List.of(candidate(known, 0.99999)), new LinkRules.Maps(
                new HashMap<>(Map.of("NHS:" + NHS, known, "UPN:" + UPN, other)), Map.of()));

        assertThat(decision).isInstanceOf(MatchDecision.Review.class);
        assertThat(decision.evidence()).contains("The identifiers point to 2 different children: a person must decide");
    }

    @Test
    void anIdentifierHeldByTheChildTheEngineLinksLinks() {
        PersonToMatch p = person(new Identifier(IdentifierScheme.NHS, NHS, null));
        MatchDecision decision = rules.decide(p, List.of(candidate(known, 0.9999)), new LinkRules.Maps(
                new HashMap<>(Map.of("NHS:" + NHS, known)), Map.of(known,
                List.of(new Identifier(IdentifierScheme.NHS, NHS, null)))));

        assertThat(decision).isInstanceOf(MatchDecision.Linked.class);
        assertThat(decision.evidence()).contains("Surname same: strong evidence for")
                .doesNotContain("Address not recorded on both: no evidence");
    }

    private static LinkRules.Maps known() {
        return new LinkRules.Maps(new HashMap<>(), Map.of());
    }

    private static PersonToMatch person(Identifier... identifiers) {
        return new PersonToMatch(UUID.randomUUID(), new PersonName(PersonName.Kind.CURRENT, "Ola", "Bello", null,
                null), List.of(), LocalDate.of(2012, 3, 4), Sex.F, null, null, List.of(identifiers));
    }

    private Candidate candidate(UUID id, double probability) {
        double weight = Math.log(probability / (1 - probability)) / Math.log(2);
        return new Candidate(id.toString(), probability, weight,
                new LinkageSettings(0.99, 0.5, 0.001, false, 1000, null, true).decide(probability),
                List.of(new FieldEvidence("surname", "same", 7.6, "surname same: strong evidence for"),
                        new FieldEvidence("address", "not recorded on both", 0.0,
                                "address not recorded on both: no evidence")));
    }
}
