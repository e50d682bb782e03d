package org.reachable.synthetic.events;

import static org.reachable.agencies.OrganisationKind.*;

import java.time.Instant;
import java.time.LocalDate;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.Practitioner;
import org.reachable.chronology.EventType;
import org.reachable.chronology.Sensitivity;
import org.reachable.synthetic.partnership.Directory;
import org.reachable.synthetic.place.SchoolCalendar;

/** The showcase child's events, in the order they happened. */
final class ShowcaseScript {

    private final ChildLife life;
    private final Directory d;
    private final String name;

    ShowcaseScript(ChildLife life, Directory d) {
        this.life = life;
        this.d = d;
        this.name = life.name();
    }

    LocalDate day(int monthsAgo, int plusDays) {
        return life.timeline.today().minusMonths(monthsAgo).plusDays(plusDays);
    }

    LocalDate schoolDay(int monthsAgo, int plusDays) {
        LocalDate day = day(monthsAgo, plusDays);
        while (!SchoolCalendar.isSchoolDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    Instant evening(int monthsAgo, int plusDays) {
        return life.timeline.at(day(monthsAgo, plusDays), 19, 40);
    }

    private Instant office(int monthsAgo, int plusDays) {
        LocalDate day = day(monthsAgo, plusDays);
        while (!SchoolCalendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return life.timeline.at(day, 11, 15);
    }

    private Instant school(int monthsAgo, int plusDays, int hour) {
        return life.timeline.at(schoolDay(monthsAgo, plusDays), hour, 10);
    }

    private EventMaker.Draft event(EventType type, Instant at, Organisation by) {
        return life.events.draft(life.child, type, at).by(by);
    }

    void earlyYears(Organisation before) {
        Instant abuse = evening(35, 2);
        event(EventType.DOMESTIC_ABUSE_NOTIFICATION, abuse, d.one(POLICE))
                .says("Police attended a domestic abuse incident at " + name + "'s home in Leyton. " + name
                        + " (then 12) and his younger brother were at home and heard the incident.").add();
        event(EventType.CSC_CONTACT, office(35, 4), d.one(MASH))
                .says("The MASH received a police notification of domestic abuse at " + name + "'s home. "
                        + "Stepped down to early help with the mother's agreement.").detail("source", "Police (6)")
                .add();
        event(EventType.EARLY_HELP_START, office(34, 1), d.one(EARLY_HELP))
                .says("An early help family worker started working with " + name + "'s mother and the children "
                        + "after domestic abuse at home.").add();
        event(EventType.SEN_SUPPORT, school(33, 5, 12), before)
                .says(before.name() + " recorded SEN support for " + name + " (speech, language and communication "
                        + "needs).").detail("need", "SLCN").add();
        event(EventType.SALT_ASSESSMENT, office(32, 3), d.one(COMMUNITY_HEALTH))
                .says("A speech and language therapist assessed " + name + ": he finds it hard to follow long "
                        + "instructions and to explain what has happened to him.").add();
        event(EventType.EARLY_HELP_END, office(27, 0), d.one(EARLY_HELP))
                .says("Early help ended: the family moved out of the area the worker covers and the mother said "
                        + "things were calmer.").add();
    }

    void moveAndNewSchool(Organisation before, Organisation school, LocalDate moved) {
        event(EventType.HOUSING_MOVE, office(22, 0), d.one(HOUSING))
                .says(name + "'s family moved from Leyton to temporary accommodation in Walthamstow.")
                .detail("outOfBorough", "false").add();
        event(EventType.SCHOOL_MOVE, life.timeline.at(moved, 9, 0), school)
                .says(name + " joined " + school.name() + " in Year 8, mid-year, after the family moved.")
                .words("I miss my old friends. I don't know anyone here.")
                .detail("midYear", "true").detail("fromSchool", before.name()).add();
        attendance(school, 19, "88.4");
    }

    void harmOutside(Organisation school) {
        event(EventType.ONLINE_HARM_CONCERN, school(17, 2, 10), school)
                .says(name + " told a teacher he had been sent threatening messages and a video by older young "
                        + "people on social media.").words("They said they know where I live.")
                .detail("kind", "THREATS").add();
        event(EventType.POLICE_INCIDENT, life.timeline.at(schoolDay(16, 0), 15, 40), d.one(POLICE))
                .says(name + " was robbed of his phone at Walthamstow Central bus station by three older teenagers "
                        + "on the way home from school. Officers took a statement.")
                .words("I was just walking home from school.").detail("role", "VICTIM").add();
        attendance(school, 15, "84.1");
        event(EventType.EHC_ASSESSMENT_REQUESTED, office(15, 6), d.one(SEND_SERVICE))
                .says(school.name() + " and " + name + "'s mother asked for an EHC needs assessment.").add();
        event(EventType.SUSPENSION, school(14, 2, 13), school)
                .says(school.name() + " suspended " + name + " for 2 days after he shouted at a teacher who stopped "
                        + "him leaving at lunchtime. A reintegration meeting was held with his mother.")
                .detail("reason", "VA").detail("days", "2").add();
    }

    void socialCare(Practitioner worker) {
        Instant missing = evening(13, 0);
        event(EventType.MISSING_EPISODE, missing, d.one(POLICE))
                .says(name + " was reported missing by his mother and was found 30 hours later in Tottenham by "
                        + "police, with adults who are not known to the family.")
                .detail("hoursMissing", "30").add();
        event(EventType.RETURN_INTERVIEW, office(13, 4), d.vcs("return-interviews"))
                .says("A return home interview was completed with " + name + ". He talked about older boys who "
                        + "give him money and food and say he owes them.")
                .words("I didn't want to go home because of the people outside.").detail("outcome", "COMPLETED")
                .add();
        Organisation mash = d.one(MASH);
        event(EventType.CSC_CONTACT, office(13, 3), mash)
                .says("The MASH received a contact from police about " + name + ": a missing episode and signs that "
                        + "adults are exploiting him.").detail("source", "Police (6)").add();
        event(EventType.CSC_REFERRAL, office(13, 4), mash)
                .says("The MASH decided within one working day that " + name + " needs a social work assessment.")
                .add();
        Organisation csc = d.one(CHILDRENS_SOCIAL_CARE);
        life.events.draft(life.child, EventType.CSC_ASSESSMENT, office(12, 2)).by(csc, worker)
                .says("A social work assessment with " + name + " and his mother found that " + name + " is being "
                        + "criminally exploited outside the home; a child in need plan is agreed.")
                .detail("factors", "10A,13A,24A").add();
        life.events.draft(life.child, EventType.CIN_START, office(12, 2)).by(csc, worker)
                .says("A child in need plan started for " + name + ". " + worker.fullName()
                        + " is the allocated social worker.").add();
        attendance(d.showcaseSchool(), 11, "79.0");
        event(EventType.STOP_AND_SEARCH, evening(11, 9), d.one(POLICE))
                .says(name + " was stopped and searched near Blackhorse Road station. Nothing was found.")
                .detail("outcome", "NOTHING_FOUND").add();
        event(EventType.EHCP_ISSUED, office(10, 1), d.one(SEND_SERVICE))
                .says("An education, health and care plan was issued for " + name + " (social, emotional and "
                        + "mental health; speech and language needs), naming " + d.showcaseSchool().name() + ".")
                .detail("need", "SEMH").add();
    }

    void exploitationAndJustice() {
        event(EventType.MISSING_EPISODE, evening(9, 0), d.one(POLICE))
                .says(name + " was reported missing by his mother and was found 52 hours later in Southend in a "
                        + "flat used to sell drugs, with two adults.").detail("hoursMissing", "52").add();
        life.events.draft(life.child, EventType.POLICE_INCIDENT, office(9, 5)).by(d.one(POLICE), "Detective")
                .says("Police intelligence indicates that adults linked to drug supply between Walthamstow and "
                        + "Southend are controlling " + name + ". Handling restricted.")
                .sensitivity(Sensitivity.RESTRICTED).detail("role", "VICTIM").add();
        Instant arrested = evening(8, 5);
        event(EventType.ARREST, arrested, d.one(POLICE))
                .says(name + " was arrested on suspicion of possession with intent to supply class A drugs. "
                        + "Officers recognised that he is being criminally exploited and made a National Referral "
                        + "Mechanism referral.").words("They said I owed them.")
                .detail("offence", "possession with intent to supply class A drugs").add();
        event(EventType.CUSTODY, Timeline.later(arrested, 0.5, 1, life.rng), d.one(POLICE))
                .says(name + " was held in custody for 9 hours; an appropriate adult attended and he was released "
                        + "to his mother.").add();
        Instant disposal = office(7, 2);
        life.events.draft(life.child, EventType.OUT_OF_COURT_DISPOSAL, disposal).by(d.one(YOUTH_JUSTICE),
                        "YJS case manager")
                .says(name + "'s prosecution was deferred (outcome 22) while he works with the youth justice "
                        + "service; the NRM decision is awaited.").detail("disposal", "OUTCOME_22").add();
        event(EventType.OFFER_OF_HELP, office(7, 9), d.vcs("mentoring"))
                .says("Lea Valley Mentoring offered " + name + " a mentor while he works with the youth justice "
                        + "service. " + name + " accepted and met the mentor.")
                .words("The mentor actually listens.").detail("response", "ACCEPTED")
                .detail("service", "a mentor").add();
        attendance(d.showcaseSchool(), 7, "71.5");
    }

    void latestMonths(Organisation school, Practitioner worker) {
        Organisation csc = d.one(CHILDRENS_SOCIAL_CARE);
        life.events.draft(life.child, EventType.CIN_END, office(6, 0)).by(csc, worker)
                .says("The child in need plan ended because a child protection conference was held.").add();
        life.events.draft(life.child, EventType.CP_START, office(6, 0)).by(csc, worker)
                .says("An initial child protection conference agreed a child protection plan for " + name
                        + " because of harm outside the home (criminal exploitation). " + worker.fullName()
                        + " remains the lead practitioner.").detail("category", "MULTIPLE").add();
        event(EventType.CAMHS_ASSESSMENT, office(5, 3), d.one(CAMHS))
                .says("CAMHS assessed " + name + ": he described poor sleep, feeling watched and being afraid to go "
                        + "out. Trauma-focused work was offered.").words("I can't sleep at night.").add();
        event(EventType.PEER_SERIOUSLY_HARMED, evening(4, 0), d.one(POLICE))
                .says("A close friend of " + name + " was stabbed and seriously injured near Wood Street. " + name
                        + " was nearby and saw the aftermath.").detail("harm", "SERIOUSLY_INJURED").add();
        Instant stabbed = life.timeline.at(schoolDay(3, 0), 16, 5);
        event(EventType.WEAPON_INCIDENT, stabbed, d.one(POLICE))
                .says(name + " was stabbed in the leg by a young man near Lloyd Park on the way home from school.")
                .detail("role", "VICTIM").detail("weapon", "KNIFE").add();
        event(EventType.SERIOUSLY_HARMED, stabbed.plusSeconds(1200), d.one(POLICE))
                .says(name + " was seriously injured in a knife attack near Lloyd Park.")
                .detail("harm", "SERIOUSLY_INJURED").add();
        event(EventType.AMBULANCE_CALLOUT, stabbed.plusSeconds(600), d.one(AMBULANCE))
                .says("An ambulance crew treated " + name + " for a stab wound to the leg near Lloyd Park and took "
                        + "him to Whipps Cross.").detail("suspectedViolence", "true").add();
        event(EventType.ED_ATTENDANCE, stabbed.plusSeconds(2700), d.one(EMERGENCY_DEPARTMENT))
                .says(name + " was treated for a stab wound to the leg. The child protection plan was flagged by "
                        + "CP-IS and the paediatric liaison nurse told his social worker the same evening.")
                .words("I keep seeing it happen again.").detail("reason", "SHARP_OBJECT_INJURY").add();
        event(EventType.OFFER_OF_HELP, stabbed.plusSeconds(9000), d.vcs("ed-youth-work"))
                .says("A hospital youth worker met " + name + " in the emergency department and offered to keep in "
                        + "touch. " + name + " accepted.").detail("response", "ACCEPTED")
                .detail("service", "a hospital youth worker (A&E navigator)").add();
        event(EventType.SUSPENSION, school(2, 4, 9), school)
                .says(school.name() + " suspended " + name + " for 5 days after a knife was found in his bag, three "
                        + "weeks after he was stabbed.").words("After what happened I didn't feel safe.")
                .detail("reason", "OW").detail("days", "5").add();
        attendance(school, 2, "64.2");
        event(EventType.MISSING_EPISODE, life.timeline.at(life.timeline.today().minusDays(10), 21, 30),
                d.one(POLICE)).says(name + " was reported missing by his mother and came home 20 hours later; "
                + "officers completed a safe and well check.").detail("hoursMissing", "20").add();
        event(EventType.RETURN_INTERVIEW, office(0, -7), d.vcs("return-interviews"))
                .says("A return home interview was offered to " + name + ". He did not want to talk this time; "
                        + "the worker will try again.").detail("outcome", "DECLINED").add();
    }

    private void attendance(Organisation school, int monthsAgo, String percentage) {
        life.events.draft(life.child, EventType.ATTENDANCE_BELOW_THRESHOLD, school(monthsAgo, 0, 15))
                .by(school, "Attendance")
                .says(name + "'s attendance this term was " + percentage + "%. " + school.name()
                        + " has met " + name + " and his mother and referred to the attendance service.")
                .detail("percentage", percentage).add();
    }
}
