package org.reachable.synthetic.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.OrganisationKind;
import org.reachable.chronology.EventType;
import org.reachable.chronology.ExclusionReason;
import org.reachable.chronology.SendNeed;
import org.reachable.synthetic.people.SchoolSpell;
import org.reachable.synthetic.people.SyntheticChild;
import org.reachable.synthetic.people.Tier;
import org.reachable.synthetic.place.SchoolCalendar;
import org.reachable.synthetic.support.Weighted;

/** What schools record: suspensions, permanent exclusions, attendance below 90% each term, and SEN. */
final class SchoolEvents {

    private static final Weighted<ExclusionReason> SUSPENSION_REASONS = Weighted.<ExclusionReason>builder()
            .add(ExclusionReason.DB, 30).add(ExclusionReason.PP, 18).add(ExclusionReason.VA, 15)
            .add(ExclusionReason.VP, 6).add(ExclusionReason.PA, 6).add(ExclusionReason.DA, 5)
            .add(ExclusionReason.OW, 4).add(ExclusionReason.BU, 4).add(ExclusionReason.MT, 4)
            .add(ExclusionReason.DM, 3).add(ExclusionReason.TH, 2).add(ExclusionReason.RA, 1)
            .add(ExclusionReason.SM, 1).add(ExclusionReason.OT, 1).build();
    private static final Weighted<ExclusionReason> EXCLUSION_REASONS = Weighted.<ExclusionReason>builder()
            .add(ExclusionReason.DB, 35).add(ExclusionReason.PP, 20).add(ExclusionReason.PA, 10)
            .add(ExclusionReason.OW, 10).add(ExclusionReason.DA, 8).add(ExclusionReason.VA, 7)
            .add(ExclusionReason.US, 5).add(ExclusionReason.MT, 3).add(ExclusionReason.OT, 2).build();
    private static final Weighted<SendNeed> YOUNGER_NEEDS = Weighted.<SendNeed>builder()
            .add(SendNeed.SLCN, 30).add(SendNeed.ASD, 22).add(SendNeed.MLD, 12).add(SendNeed.SPLD, 12)
            .add(SendNeed.SEMH, 12).add(SendNeed.PD, 4).add(SendNeed.SLD, 3).add(SendNeed.HI, 2).add(SendNeed.VI, 1)
            .add(SendNeed.OTH, 2).build();
    private static final Weighted<SendNeed> OLDER_NEEDS = Weighted.<SendNeed>builder()
            .add(SendNeed.SEMH, 40).add(SendNeed.SLCN, 18).add(SendNeed.MLD, 12).add(SendNeed.ASD, 14)
            .add(SendNeed.SPLD, 10).add(SendNeed.OTH, 6).build();
    /** Chance per term of attendance below 90%, by tier; and SEN support / EHC plan prevalence by tier. */
    private static final double[] LOW_ATTENDANCE = {0.10, 0.25, 0.45, 0.70};
    private static final double[] SEN_SUPPORT = {0.10, 0.18, 0.26, 0.30};
    private static final double[] EHC_PLAN = {0.03, 0.06, 0.11, 0.16};

    void exclude(ChildLife life, SchoolSpell spell, LocalDate day) {
        ExclusionReason reason = EXCLUSION_REASONS.pick(life.rng);
        Instant at = life.timeline.at(day, life.rng.between(10, 15), life.rng.below(60));
        life.events.draft(life.child, EventType.PERMANENT_EXCLUSION, at).by(spell.school(), "Designated")
                .says(spell.school().name() + " permanently excluded " + life.name() + " (" + reason.label()
                        .toLowerCase() + "). The local authority must arrange full-time education from the sixth day.")
                .words(life.words(0.3, Texts.SCHOOL_WORDS)).detail("reason", reason.name()).add();
        life.concern(at, "School (2A)", "permanent exclusion", 0.45);
        life.moment(at, EventType.PERMANENT_EXCLUSION, "after the permanent exclusion");
    }

    void suspensions(ChildLife life) {
        for (YearMonth month : life.timeline.months()) {
            int age = life.age(month);
            if (age < 5 || age > 16 || month.getMonthValue() == 8) {
                continue;
            }
            double mean = life.mean(0.03, 1.2, month, true, false) * (age < 11 ? 0.25 : 1.0);
            for (int n = life.rng.poisson(mean); n > 0; n--) {
                Instant at = life.timeline.schoolHours(month, life.rng);
                SchoolSpell spell = life.child.schoolOn(Timeline.date(at));
                if (spell == null || spell.school().kind() == OrganisationKind.COLLEGE) {
                    continue;
                }
                ExclusionReason reason = SUSPENSION_REASONS.pick(life.rng);
                int days = life.rng.pick(1, 1, 1, 2, 2, 3, 3, 5);
                life.events.draft(life.child, EventType.SUSPENSION, at).by(spell.school(), "Designated")
                        .says(spell.school().name() + " suspended " + life.name() + " for " + days + (days == 1
                                ? " day" : " days") + " (" + reason.label().toLowerCase() + "). A reintegration "
                                + "meeting with " + life.name() + " and a parent is planned.")
                        .words(life.words(0.12, Texts.SCHOOL_WORDS))
                        .detail("reason", reason.name()).detail("days", Integer.toString(days)).add();
                if (reason == ExclusionReason.OW || reason == ExclusionReason.US) {
                    life.concern(at, "School (2A)", "a weapon in school", 0.4);
                }
            }
        }
    }

    void attendance(ChildLife life) {
        LocalDate today = life.timeline.today();
        for (int year = life.timeline.start().getYear(); year <= today.getYear(); year++) {
            for (LocalDate termEnd : new LocalDate[] {LocalDate.of(year, 3, 28), LocalDate.of(year, 7, 18),
                    LocalDate.of(year, 12, 17)}) {
                LocalDate day = termEnd;
                while (!SchoolCalendar.isWorkingDay(day)) {
                    day = day.minusDays(1);
                }
                if (day.isBefore(life.timeline.start()) || !day.isBefore(today)) {
                    continue;
                }
                termAttendance(life, day);
            }
        }
    }

    private void termAttendance(ChildLife life, LocalDate day) {
        SyntheticChild child = life.child;
        int age = child.ageOn(day);
        SchoolSpell spell = child.schoolOn(day);
        if (age < 5 || age > 15 || spell == null) {
            return;
        }
        Tier tier = child.tier();
        boolean provision = spell.school().kind() != OrganisationKind.SCHOOL;
        double chance = provision ? 0.8 : Math.min(0.95, LOW_ATTENDANCE[tier.ordinal()]
                * (life.inCrisis(day) ? 1.5 : 1.0));
        if (!life.rng.chance(chance)) {
            return;
        }
        double lowest = switch (tier) {
            case UNIVERSAL -> 80;
            case EMERGING -> 72;
            case ELEVATED -> 60;
            case HIGH -> 40;
        };
        double percentage = Math.round(life.rng.uniform(provision ? lowest - 10 : lowest, 89.9) * 10) / 10.0;
        life.events.draft(child, EventType.ATTENDANCE_BELOW_THRESHOLD, life.timeline.at(day, 15, 30))
                .by(spell.school(), "Attendance")
                .says(life.name() + "'s attendance this term was " + percentage + "%. " + spell.school().name()
                        + (percentage < 70 ? " has met the family and made a referral to the attendance service."
                        : " has contacted the family to offer support."))
                .detail("percentage", Double.toString(percentage)).add();
        if (percentage < 65) {
            life.concern(life.timeline.at(day, 16, 0), "School (2A)", "very low attendance", 0.08);
        }
    }

    void send(ChildLife life) {
        SyntheticChild child = life.child;
        int tier = child.tier().ordinal();
        double u = life.rng.uniform();
        boolean plan = u < EHC_PLAN[tier];
        if (!plan && u >= EHC_PLAN[tier] + SEN_SUPPORT[tier]) {
            return;
        }
        LocalDate day = life.timeline.start().plusDays(life.rng.between(0, 365 * Timeline.YEARS - 1));
        SchoolSpell spell = child.schoolOn(day);
        if (spell == null) {
            spell = child.schools().isEmpty() ? null : child.schools().getFirst();
            if (spell == null || spell.from().isAfter(life.timeline.today().minusDays(30))) {
                return;
            }
            day = Schooling.max(spell.from(), life.timeline.start()).plusDays(20);
        }
        SendNeed need = (child.ageOn(day) < 11 ? YOUNGER_NEEDS : OLDER_NEEDS).pick(life.rng);
        Instant at = life.timeline.at(day, 12, life.rng.below(60));
        Organisation school = spell.school();
        if (!plan) {
            life.events.draft(child, EventType.SEN_SUPPORT, at).by(school, "Designated")
                    .says(school.name() + " recorded SEN support for " + life.name() + " (" + need.label()
                            .toLowerCase() + ") and agreed a support plan with the family.")
                    .detail("need", need.name()).add();
            return;
        }
        Organisation send = life.directory.one(OrganisationKind.SEND_SERVICE);
        life.events.draft(child, EventType.EHC_ASSESSMENT_REQUESTED, at.minusSeconds(20L * 7 * 86_400)).by(send)
                .says(school.name() + " and " + life.name() + "'s parent asked for an EHC needs assessment.")
                .add();
        life.events.draft(child, EventType.EHCP_ISSUED, at).by(send)
                .says("An education, health and care plan was issued for " + life.name() + " (" + need.label()
                        .toLowerCase() + "), naming " + school.name() + ".")
                .detail("need", need.name()).add();
    }
}
