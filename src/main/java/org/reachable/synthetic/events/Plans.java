package org.reachable.synthetic.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.OrganisationKind;
import org.reachable.agencies.Practitioner;
import org.reachable.chronology.EventType;
import org.reachable.chronology.Sensitivity;

/** Child in need, child protection and looked-after episodes: a start, and an end if it came before now. */
final class Plans {

    private final ChildLife life;
    private final SocialCare care;
    private final Organisation csc;

    Plans(ChildLife life, SocialCare care) {
        this.life = life;
        this.care = care;
        this.csc = life.directory.one(OrganisationKind.CHILDRENS_SOCIAL_CARE);
    }

    void childInNeed(Instant start, Practitioner worker) {
        if (life.events.draft(life.child, EventType.CIN_START, start).by(csc, worker)
                .says("A child in need plan started for " + life.name() + ". " + worker.fullName()
                        + " is the allocated social worker.").add() == null) {
            return;
        }
        Instant end = capAtEighteen(start, life.timeline.officeHoursAfter(start, 24 * 120, 24 * 420, life.rng));
        care.opened(life, EventType.CIN_START, start, end, worker);
        life.events.draft(life.child, EventType.CIN_END, end).by(csc, worker)
                .says("The child in need plan for " + life.name() + " ended; the family agreed the support had "
                        + "helped.").add();
    }

    void childProtection(Instant assessed, Practitioner worker, Set<String> factors) {
        Instant conference = life.timeline.officeHoursAfter(assessed, 24 * 14, 24 * 21, life.rng);
        String category = factors.contains("11A") && life.rng.chance(0.5) ? "SEXUAL"
                : factors.contains("3A") ? "EMOTIONAL"
                : factors.contains("13A") || factors.contains("24A") ? (life.rng.chance(0.5) ? "PHYSICAL" : "MULTIPLE")
                : life.child.ageOn(Timeline.date(assessed)) < 10 ? "NEGLECT" : life.rng.pick("NEGLECT", "PHYSICAL",
                "EMOTIONAL");
        life.events.draft(life.child, EventType.STRATEGY_DISCUSSION, assessed.plusSeconds(3600)).by(csc, worker)
                .says("A strategy discussion with police and health agreed a section 47 enquiry for " + life.name()
                        + ".").detail("s47", "true").add();
        if (life.events.draft(life.child, EventType.CP_START, conference).by(csc, worker)
                .says("An initial child protection conference agreed a child protection plan for " + life.name()
                        + " (" + category.toLowerCase() + "). " + worker.fullName() + " is the allocated social "
                        + "worker; the first review conference is within three months.")
                .sensitivity(category.equals("SEXUAL") ? Sensitivity.SENSITIVE : Sensitivity.STANDARD)
                .detail("category", category).add() == null) {
            return;
        }
        Instant end = capAtEighteen(conference, life.timeline.officeHoursAfter(conference, 24 * 180, 24 * 540,
                life.rng));
        care.opened(life, EventType.CP_START, conference, end, worker);
        if (life.events.draft(life.child, EventType.CP_END, end).by(csc, worker)
                .says("A review conference ended the child protection plan for " + life.name() + ".").add() != null
                && life.rng.chance(0.6)) {
            childInNeed(life.timeline.officeHoursAfter(end, 0.5, 4, life.rng), worker);
        }
    }

    void lookedAfter(Instant assessed, Practitioner worker) {
        Instant start = life.timeline.officeHoursAfter(assessed, 1, 24 * 30, life.rng);
        if (life.events.draft(life.child, EventType.CLA_START, start).by(csc, worker)
                .says(life.name() + " became looked after and moved to a foster home. " + worker.fullName()
                        + " is the allocated social worker.").add() == null) {
            return;
        }
        LocalDate eighteen = life.child.dateOfBirth().plusYears(18);
        Instant end = capAtEighteen(start, life.timeline.officeHoursAfter(start, 24 * 180, 24 * 1100, life.rng));
        care.opened(life, EventType.CLA_START, start, end, worker);
        boolean aged = !Timeline.date(end).isBefore(eighteen.minusDays(1));
        life.events.draft(life.child, EventType.CLA_END, end).by(csc, worker)
                .says(aged ? life.name() + " turned 18 and is now supported as a care leaver by a personal adviser."
                        : life.name() + " returned home to live with family with support from the social worker.")
                .add();
    }

    /** Plans end at 18 (but never before they start). */
    private Instant capAtEighteen(Instant start, Instant end) {
        Instant eighteen = life.timeline.at(life.child.dateOfBirth().plusYears(18), 9, 0);
        if (!end.isAfter(eighteen)) {
            return end;
        }
        return eighteen.isAfter(start) ? eighteen : Timeline.later(start, 24, 48, life.rng);
    }
}
