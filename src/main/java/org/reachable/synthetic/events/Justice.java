package org.reachable.synthetic.events;

import java.time.Instant;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.OrganisationKind;
import org.reachable.agencies.Practitioner;
import org.reachable.chronology.ChronologyEvent;
import org.reachable.chronology.EventType;
import org.reachable.identity.IdentifierScheme;
import org.reachable.synthetic.people.IdentifierMaker;
import org.reachable.synthetic.support.Weighted;

/**
 * Youth justice after an arrest of a child aged 10-17: no further action, an out-of-court disposal a few weeks
 * later, or a court outcome a few months later; a detention and training order ends with release from custody.
 */
final class Justice {

    private static final Weighted<String> DISPOSALS = Weighted.<String>builder().add("COMMUNITY_RESOLUTION", 35)
            .add("YOUTH_CAUTION", 25).add("YOUTH_CONDITIONAL_CAUTION", 25).add("OUTCOME_22", 15).build();
    private static final Weighted<String> COURT = Weighted.<String>builder().add("REFERRAL_ORDER", 40)
            .add("YOUTH_REHABILITATION_ORDER", 22).add("DTO", 5).add("DISCHARGE", 12).add("NOT_GUILTY", 15)
            .add("OTHER", 6).build();

    private final IdentifierMaker identifiers;

    Justice(IdentifierMaker identifiers) {
        this.identifiers = identifiers;
    }

    /** The case manager of the latest youth justice outcome, and when (null if none). */
    record Supervision(Practitioner caseManager, Instant since) {
    }

    Supervision generate(ChildLife life) {
        Supervision latest = null;
        for (ChildLife.Arrest arrest : life.arrests) {
            int age = life.child.ageOn(Timeline.date(arrest.at()));
            if (age < 10 || age > 17) {
                continue;
            }
            double u = life.rng.uniform();
            double court = arrest.violent() ? 0.35 : 0.2;
            if (u < 0.35) {
                continue;
            }
            Supervision outcome = u < 1 - court ? outOfCourt(life, arrest) : court(life, arrest);
            if (outcome != null) {
                latest = outcome;
            }
        }
        return latest;
    }

    private Supervision outOfCourt(ChildLife life, ChildLife.Arrest arrest) {
        String disposal = DISPOSALS.pick(life.rng);
        Instant at = life.timeline.officeHoursAfter(arrest.at(), 24 * 14, 24 * 56, life.rng);
        String words = switch (disposal) {
            case "COMMUNITY_RESOLUTION" -> "a community resolution";
            case "YOUTH_CAUTION" -> "a youth caution";
            case "YOUTH_CONDITIONAL_CAUTION" -> "a youth conditional caution";
            default -> "a deferred prosecution (outcome 22)";
        };
        EventMaker.Draft draft = yjs(life, EventType.OUT_OF_COURT_DISPOSAL, at)
                .says(life.name() + " received " + words + " for " + arrest.offence() + ". The youth justice "
                        + "service will meet " + life.name() + " and their family to agree support.")
                .detail("disposal", disposal);
        return record(life, draft, at);
    }

    private Supervision court(ChildLife life, ChildLife.Arrest arrest) {
        String outcome = COURT.pick(life.rng);
        Instant at = life.timeline.officeHoursAfter(arrest.at(), 24 * 60, 24 * 150, life.rng);
        String words = switch (outcome) {
            case "REFERRAL_ORDER" -> "a referral order of " + life.rng.pick(3, 6, 9, 12) + " months";
            case "YOUTH_REHABILITATION_ORDER" -> "a youth rehabilitation order with supervision";
            case "DTO" -> "a detention and training order of " + life.rng.pick(4, 6, 8) + " months";
            case "DISCHARGE" -> "a conditional discharge";
            case "NOT_GUILTY" -> "a not guilty verdict";
            default -> "a fine";
        };
        EventMaker.Draft draft = yjs(life, EventType.COURT_OUTCOME, at)
                .says("At Stratford Youth Court " + life.name() + " received " + words + " for " + arrest.offence()
                        + ".").detail("outcome", outcome);
        Supervision supervision = record(life, draft, at);
        if (outcome.equals("DTO") && supervision != null) {
            Instant released = life.timeline.officeHoursAfter(at, 24 * 60, 24 * 120, life.rng);
            ChronologyEvent event = yjs(life, EventType.RELEASE_FROM_CUSTODY, released)
                    .says(life.name() + " was released from Cookham Wood to the community part of the order, "
                            + "supervised by the youth justice service.").add();
            if (event != null) {
                life.moment(released, EventType.RELEASE_FROM_CUSTODY, "on release from custody");
                return new Supervision(supervision.caseManager(), released);
            }
        }
        return outcome.equals("NOT_GUILTY") ? null : supervision;
    }

    private Supervision record(ChildLife life, EventMaker.Draft draft, Instant at) {
        if (draft.add() == null) {
            return null;
        }
        if (life.child.identifier(IdentifierScheme.YJS) == null) {
            life.child.identifier(IdentifierScheme.YJS, identifiers.youthJusticeReference());
        }
        life.moment(at, EventType.OUT_OF_COURT_DISPOSAL, "while working with the youth justice service");
        return new Supervision(draft.practitioner(), at);
    }

    private static EventMaker.Draft yjs(ChildLife life, EventType type, Instant at) {
        Organisation yjs = life.directory.one(OrganisationKind.YOUTH_JUSTICE);
        return life.events.draft(life.child, type, at).by(yjs, "YJS case manager");
    }
}
