package org.reachable.synthetic.events;

import java.time.LocalDate;
import org.reachable.access.Relationships.Grant;
import org.reachable.agencies.Practitioner;
import org.reachable.chronology.EventType;
import org.reachable.synthetic.partnership.Directory;
import org.reachable.synthetic.people.IdentifierMaker;
import org.reachable.synthetic.people.SchoolSpell;
import org.reachable.synthetic.people.SyntheticChild;

/**
 * Lives one child's three years: school first (an exclusion changes what follows), then police, missing, health
 * and community events, youth justice after arrests, social care from the concerns all of those raised, offers of
 * help after reachable moments, and finally who works with the child now (lead practitioner, team around).
 */
public final class LifeCourse {

    private final EventMaker events;
    private final Schooling schooling;
    private final SchoolEvents school = new SchoolEvents();
    private final Policing policing;
    private final Missing missing = new Missing();
    private final HealthEvents health = new HealthEvents();
    private final Community community = new Community();
    private final Justice justice;
    private final SocialCare socialCare;
    private final Help help = new Help();

    public LifeCourse(EventMaker events, IdentifierMaker identifiers) {
        this.events = events;
        this.schooling = new Schooling(identifiers);
        this.policing = new Policing(identifiers);
        this.justice = new Justice(identifiers);
        this.socialCare = new SocialCare(identifiers);
    }

    public void live(SyntheticChild child) {
        ChildLife life = new ChildLife(child, events, new Texts(child.household().rng()));
        schooling.plan(life);
        school.suspensions(life);
        school.attendance(life);
        school.send(life);
        policing.generate(life);
        missing.generate(life);
        health.generate(life);
        community.generate(life);
        Justice.Supervision supervision = justice.generate(life);
        SocialCare.OpenPlan plan = socialCare.generate(life);
        help.generate(life);
        involve(life, plan, supervision);
    }

    private void involve(ChildLife life, SocialCare.OpenPlan plan, Justice.Supervision supervision) {
        SyntheticChild child = life.child;
        Directory directory = life.directory;
        LocalDate today = life.timeline.today();
        if (plan != null) {
            boolean earlyHelp = plan.kind() == EventType.EARLY_HELP_START;
            grant(child, directory, plan.worker(), true, earlyHelp ? "Early help lead practitioner"
                    : "Allocated social worker", Timeline.date(plan.since()));
            SchoolSpell spell = child.schoolOn(today.minusDays(1));
            if (!earlyHelp && spell != null) {
                grant(child, directory, directory.staff(spell.school(), "Designated", life.rng), false,
                        "Designated safeguarding lead at " + spell.school().name(), Timeline.date(plan.since()));
            }
        }
        if (supervision != null && Timeline.date(supervision.since()).isAfter(today.minusMonths(12))) {
            grant(child, directory, supervision.caseManager(), plan == null, "YJS case manager",
                    Timeline.date(supervision.since()));
        }
    }

    static void grant(SyntheticChild child, Directory directory, Practitioner practitioner, boolean lead,
                      String description, LocalDate since) {
        child.grants().add(new Grant(child.id(), directory.accountOf(practitioner), lead, description, since));
    }
}
