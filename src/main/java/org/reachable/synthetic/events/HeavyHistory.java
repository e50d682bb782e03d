package org.reachable.synthetic.events;

import java.time.Instant;
import java.time.YearMonth;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.OrganisationKind;
import org.reachable.chronology.EventType;
import org.reachable.synthetic.partnership.Directory;
import org.reachable.synthetic.people.SchoolSpell;
import org.reachable.synthetic.people.SyntheticChild;

/**
 * Tops up a benchmark child's chronology to at least {@code target} events with the everyday entries that pile up
 * around a child in long-term crisis: contacts, missing episodes and interviews, police incidents, stop and search,
 * ED visits, attendance, suspensions and offers of help.
 */
public final class HeavyHistory {

    private final EventMaker events;

    public HeavyHistory(EventMaker events) {
        this.events = events;
    }

    public void topUp(SyntheticChild child, int target) {
        ChildLife life = new ChildLife(child, events, new Texts(child.household().rng()));
        Directory d = life.directory;
        int guard = 0;
        while (child.events().size() < target && guard++ < target * 4) {
            YearMonth month = life.rng.pick(life.timeline.months());
            switch (guard % 8) {
                case 0 -> events.draft(child, EventType.CSC_CONTACT, life.timeline.officeHours(month, life.rng))
                        .by(d.one(OrganisationKind.MASH), "MASH social")
                        .says("The MASH received a contact from police about " + life.name() + ": a further "
                                + "incident outside the home. Shared with the allocated social worker.")
                        .detail("source", "Police (6)").add();
                case 1 -> {
                    Instant at = life.timeline.evening(month, life.rng);
                    int hours = 6 + life.rng.below(40);
                    events.draft(child, EventType.MISSING_EPISODE, at).by(d.one(OrganisationKind.POLICE), "Missing")
                            .says(life.texts.missing(life.name(), hours, "their carer"))
                            .detail("hoursMissing", Integer.toString(hours)).add();
                    events.draft(child, EventType.RETURN_INTERVIEW, Timeline.later(at, 48, 96, life.rng))
                            .by(d.vcs("return-interviews")).says(life.texts.returnInterview(life.name(), "DECLINED"))
                            .detail("outcome", "DECLINED").add();
                }
                case 2 -> events.draft(child, EventType.POLICE_INCIDENT, life.timeline.violence(month, true, life.rng))
                        .by(d.one(OrganisationKind.POLICE), "Police constable").says(life.texts.victim(life.name()))
                        .detail("role", "VICTIM").add();
                case 3 -> events.draft(child, EventType.STOP_AND_SEARCH, life.timeline.evening(month, life.rng))
                        .by(d.one(OrganisationKind.POLICE), "Police constable")
                        .says(life.name() + " was stopped and searched near " + life.texts.place()
                                + ". Nothing was found.").detail("outcome", "NOTHING_FOUND").add();
                case 4 -> events.draft(child, EventType.ED_ATTENDANCE, life.timeline.anyTime(month, life.rng))
                        .by(d.one(OrganisationKind.EMERGENCY_DEPARTMENT), "Emergency nurse")
                        .says(life.texts.edAttendance(life.name(), "INJURY_OTHER", life.texts.place()))
                        .detail("reason", "INJURY_OTHER").add();
                case 5 -> {
                    Instant at = life.timeline.schoolHours(month, life.rng);
                    int percentage = 40 + life.rng.below(40);
                    events.draft(child, EventType.ATTENDANCE_BELOW_THRESHOLD, at).by(school(child, d, at), "Attendance")
                            .says(life.name() + "'s attendance in the last four weeks was " + percentage + "%.")
                            .detail("percentage", Integer.toString(percentage)).add();
                }
                case 6 -> {
                    Instant at = life.timeline.schoolHours(month, life.rng);
                    events.draft(child, EventType.SUSPENSION, at).by(school(child, d, at), "Designated")
                        .says("The school suspended " + life.name() + " for 1 day after a fight with another pupil.")
                            .detail("reason", "PP").detail("days", "1").add();
                }
                default -> events.draft(child, EventType.OFFER_OF_HELP, life.timeline.officeHours(month, life.rng))
                        .by(d.vcs("youth-hub")).says("Forest Youth Hub offered " + life.name() + " a youth worker. "
                                + life.name() + " said maybe later.")
                        .detail("response", "MADE").detail("service", "a youth worker").add();
            }
        }
    }

    private static Organisation school(SyntheticChild child, Directory d, Instant at) {
        SchoolSpell spell = child.schoolOn(Timeline.date(at));
        return spell != null ? spell.school() : d.one(OrganisationKind.PUPIL_REFERRAL_UNIT);
    }
}
