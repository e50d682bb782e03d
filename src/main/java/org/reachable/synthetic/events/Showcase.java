package org.reachable.synthetic.events;

import static org.reachable.agencies.OrganisationKind.*;

import java.time.LocalDate;
import java.util.List;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.Practitioner;
import org.reachable.identity.IdentifierScheme;
import org.reachable.synthetic.partnership.Directory;
import org.reachable.synthetic.people.IdentifierMaker;
import org.reachable.synthetic.people.SchoolSpell;
import org.reachable.synthetic.people.SyntheticChild;

/**
 * The demo's showcase child: a scripted three years in which many agencies each saw part of the picture. Early
 * help after domestic abuse, speech and language needs, a move and a new school, falling attendance, robbery and
 * online threats, missing episodes, exploitation, an arrest and deferred prosecution, a child in need plan then a
 * child protection plan (open, led by the demo practitioner), an EHC plan, CAMHS, a friend stabbed, then a stab
 * wound of his own. Every date is relative to {@code today}.
 */
public final class Showcase {

    private final EventMaker events;
    private final IdentifierMaker identifiers;

    public Showcase(EventMaker events, IdentifierMaker identifiers) {
        this.events = events;
        this.identifiers = identifiers;
    }

    public void script(SyntheticChild child) {
        Directory d = events.directory();
        ChildLife life = new ChildLife(child, events, new Texts(child.household().rng()));
        ShowcaseScript s = new ShowcaseScript(life, d);
        Organisation school = d.showcaseSchool();
        Organisation before = d.all(SCHOOL).stream().filter(o -> o.urn() != null && !o.urn().startsWith("99")
                && !o.equals(school) && d.admits(o, child.sex())).findFirst().orElseThrow();
        LocalDate moved = s.schoolDay(21, 3);
        child.schools().add(new SchoolSpell(before, events.timeline().start().minusYears(1), moved));
        child.schools().add(new SchoolSpell(school, moved, null));
        child.identifier(IdentifierScheme.UPN, identifiers.upn(2003, LocalDate.of(child.dateOfBirth().getYear() + 5,
                9, 4), false, life.rng));
        child.household().domesticAbuse(List.of(s.evening(35, 2)));
        s.earlyYears(before);
        s.moveAndNewSchool(before, school, moved);
        s.harmOutside(school);
        Practitioner worker = d.demoUser(demo("practitioner.demo")).practitioner();
        s.socialCare(worker);
        s.exploitationAndJustice();
        s.latestMonths(school, worker);
        child.identifier(IdentifierScheme.CSC, identifiers.socialCareReference());
        child.identifier(IdentifierScheme.POLICE, identifiers.policeReference(s.day(8, 5)));
        child.identifier(IdentifierScheme.YJS, identifiers.youthJusticeReference());
        LifeCourse.grant(child, d, worker, true, "Allocated social worker (lead practitioner)", s.day(12, 2));
        LifeCourse.grant(child, d, d.demoUser(demo("manager.demo")).practitioner(), false,
                "Team manager supervising the plan", s.day(12, 2));
        LifeCourse.grant(child, d, d.demoUser(demo("contributor.demo")).practitioner(), false,
                "Designated safeguarding lead at " + school.name(), s.day(12, 2));
        LifeCourse.grant(child, d, d.staff(d.one(YOUTH_JUSTICE), "YJS case manager", life.rng), false,
                "YJS case manager", s.day(7, 1));
    }

    private String demo(String username) {
        return events.directory().demoUsers().stream().map(Directory.DemoUser::username)
                .filter(u -> u.endsWith(username)).findFirst().orElseThrow();
    }
}
