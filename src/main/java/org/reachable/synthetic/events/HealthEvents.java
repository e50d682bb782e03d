package org.reachable.synthetic.events;

import java.time.Instant;
import java.time.YearMonth;
import org.reachable.agencies.OrganisationKind;
import org.reachable.chronology.EventType;

/**
 * Health: emergency department attendances (mostly illness and accidents; assault, self-harm and sharp-object
 * injuries are rare and cluster with other harm), ambulance call-outs, CAMHS assessments, speech and language
 * therapy and waits for a neurodevelopmental assessment. All are marked sensitive.
 */
final class HealthEvents {

    void generate(ChildLife life) {
        int camhs = 0;
        boolean salt = false;
        for (YearMonth month : life.timeline.months()) {
            int age = life.age(month);
            if (age < 0) {
                continue;
            }
            double young = age <= 4 ? 2.0 : age <= 14 ? 0.7 : 0.9;
            for (int n = life.rng.poisson(life.mean(0.09, 0.25, month, false, false) * young); n > 0; n--) {
                emergency(life, life.timeline.anyTime(month, life.rng), life.rng.chance(0.6) ? "ILLNESS"
                        : "INJURY_OTHER");
            }
            if (age >= 10) {
                double season = Timeline.season(month);
                for (int n = life.rng.poisson(life.mean(0.002, 1.2, month, true, true) * season); n > 0; n--) {
                    emergency(life, life.timeline.violence(month, age < 18, life.rng), "ASSAULT");
                }
                for (int n = life.rng.poisson(life.mean(0.00015, 1.6, month, true, true) * season); n > 0; n--) {
                    emergency(life, life.timeline.violence(month, age < 18, life.rng), "SHARP_OBJECT_INJURY");
                }
            }
            if (age >= 11) {
                for (int n = life.rng.poisson(life.mean(0.0015, 1.3, month, true, false)); n > 0; n--) {
                    emergency(life, life.timeline.anyTime(month, life.rng), "SELF_HARM");
                }
            }
            if (age >= 5 && age <= 17 && camhs < 2 && life.rng.chance(life.mean(0.006, 1.1, month, true, false))) {
                camhs(life, life.timeline.officeHours(month, life.rng), "a referral from their GP");
                camhs++;
            }
            if (age >= 2 && age <= 10 && !salt && life.rng.chance(life.mean(0.012, 0.3, month, false, false))) {
                salt = true;
                life.events.draft(life.child, EventType.SALT_ASSESSMENT, life.timeline.officeHours(month, life.rng))
                        .by(life.directory.one(OrganisationKind.COMMUNITY_HEALTH), "Speech")
                        .says("A speech and language therapist assessed " + life.name() + " and agreed targets with "
                                + "the family and school.").add();
            }
        }
        neurodevelopmental(life);
    }

    void emergency(ChildLife life, Instant at, String reason) {
        emergency(life, at, reason, life.texts.place());
    }

    /** An ED attendance (after an ambulance for most violence) for something that happened near {@code place}. */
    void emergency(ChildLife life, Instant at, String reason, String place) {
        boolean violent = reason.equals("ASSAULT") || reason.equals("SHARP_OBJECT_INJURY");
        if (violent && life.rng.chance(reason.equals("ASSAULT") ? 0.4 : 0.8)) {
            life.events.draft(life.child, EventType.AMBULANCE_CALLOUT, at.minusSeconds(60L * life.rng.between(20, 50)))
                    .by(life.directory.one(OrganisationKind.AMBULANCE))
                    .says("An ambulance crew treated " + life.name() + " at the scene near " + place
                            + " and took " + life.name() + " to Whipps Cross.")
                    .detail("suspectedViolence", "true").add();
        }
        if (!violent && life.rng.chance(0.03)) {
            life.events.draft(life.child, EventType.AMBULANCE_CALLOUT, at.minusSeconds(60L * life.rng.between(20, 50)))
                    .by(life.directory.one(OrganisationKind.AMBULANCE))
                    .says("An ambulance crew attended " + life.name() + " at home and took " + life.name()
                            + " to hospital.").detail("suspectedViolence", "false").add();
        }
        String job = violent || reason.equals("SELF_HARM") ? "Paediatric liaison" : "Emergency nurse";
        life.events.draft(life.child, EventType.ED_ATTENDANCE, at)
                .by(life.directory.one(OrganisationKind.EMERGENCY_DEPARTMENT), job)
                .says(life.texts.edAttendance(life.name(), reason, place))
                .words(violent || reason.equals("SELF_HARM") ? life.words(0.25, Texts.HEALTH_WORDS) : null)
                .detail("reason", reason).add();
        boolean child = life.child.ageOn(Timeline.date(at)) < 18;
        if (violent) {
            life.moment(at, EventType.ED_ATTENDANCE, "in the emergency department");
            if (child) {
                life.concern(at, "A&E (3E)", reason.equals("ASSAULT") ? "an assault" : "a stab wound", 0.6);
            }
        }
        if (reason.equals("SELF_HARM")) {
            if (child) {
                life.concern(at, "A&E (3E)", "self-harm", 0.5);
            }
            if (life.rng.chance(0.6) && life.child.ageOn(Timeline.date(at)) <= 17) {
                camhs(life, life.timeline.officeHoursAfter(at, 24 * 10, 24 * 40, life.rng), "self-harm");
            }
        }
    }

    private void camhs(ChildLife life, Instant at, String after) {
        life.events.draft(life.child, EventType.CAMHS_ASSESSMENT, at).by(life.directory.one(OrganisationKind.CAMHS))
                .says("CAMHS assessed " + life.name() + " after " + after + ". " + life.name()
                        + " described difficulty sleeping and feeling unsafe; a follow-up appointment was offered.")
                .words(life.words(0.35, Texts.HEALTH_WORDS)).add();
    }

    private void neurodevelopmental(ChildLife life) {
        int age = life.child.ageOn(life.timeline.today());
        if (age < 4 || age > 16 || !life.rng.chance(0.02 * life.tier().factor(0.5))) {
            return;
        }
        Instant at = life.timeline.at(life.timeline.start().plusDays(life.rng.between(0, 365 * 2)), 11, 0);
        boolean gp = life.rng.chance(0.3);
        life.events.draft(life.child, EventType.AWAITING_NEURODEVELOPMENTAL, at)
                .by(gp ? life.rng.pick(life.directory.all(OrganisationKind.GP))
                        : life.directory.one(OrganisationKind.COMMUNITY_HEALTH))
                .says(life.name() + " was referred for a neurodevelopmental (autism and ADHD) assessment and is on "
                        + "the waiting list.").add();
        // Waits are long: some children are assessed within the borough's span, most are still waiting.
        if (life.rng.chance(0.35)) {
            Instant assessed = life.timeline.officeHoursAfter(at, 24 * 240, 24 * 600, life.rng);
            if (assessed.isBefore(life.timeline.now())) {
                life.events.draft(life.child, EventType.NEURODEVELOPMENTAL_ASSESSMENT, assessed)
                        .by(life.directory.one(OrganisationKind.COMMUNITY_HEALTH))
                        .says(life.name() + " had a neurodevelopmental assessment.").add();
            }
        }
        if (life.rng.chance(0.4)) {
            life.events.draft(life.child, EventType.AWAITING_SALT, at.plusSeconds(3600))
                    .by(life.directory.one(OrganisationKind.COMMUNITY_HEALTH))
                    .says(life.name() + " was also referred for a speech and language therapy assessment and is on "
                            + "the waiting list.").add();
        }
    }
}
