package org.reachable.synthetic.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.OrganisationKind;
import org.reachable.chronology.EventType;
import org.reachable.identity.IdentifierScheme;
import org.reachable.synthetic.people.IdentifierMaker;
import org.reachable.synthetic.people.SchoolSpell;
import org.reachable.synthetic.people.SyntheticChild;
import org.reachable.synthetic.place.Lsoa;
import org.reachable.synthetic.place.SchoolCalendar;

/**
 * Where each child went to school: a primary near home from Reception, a secondary near home from Year 7, then
 * college or sixth form; a UPN from the first school; moves at transition and some mid-year after a house move;
 * and the rare permanent exclusion (followed by a PRU or alternative provision) or elective home education.
 */
final class Schooling {

    /** Chance of a permanent exclusion while in secondary school during the three years, by tier. */
    private static final double[] EXCLUSION = {0.0003, 0.003, 0.03, 0.15};
    private static final double HOME_EDUCATION = 0.004;

    private final IdentifierMaker identifiers;

    Schooling(IdentifierMaker identifiers) {
        this.identifiers = identifiers;
    }

    void plan(ChildLife life) {
        SyntheticChild child = life.child;
        LocalDate dob = child.dateOfBirth();
        int reception = dob.getMonthValue() >= 9 ? dob.getYear() + 5 : dob.getYear() + 4;
        LocalDate started = LocalDate.of(reception, 9, 4);
        LocalDate today = life.timeline.today();
        if (started.isAfter(today)) {
            return;
        }
        Organisation primary = pickNear(life, life.directory.primariesNear(lsoaOn(child, started)), null);
        if (life.rng.chance(0.98)) {
            child.identifier(IdentifierScheme.UPN, identifiers.upn(establishment(primary), started,
                    life.rng.chance(0.1), life.rng));
        }
        LocalDate year7 = LocalDate.of(reception + 7, 9, 4);
        LocalDate year12 = LocalDate.of(reception + 12, 9, 4);
        LocalDate leaves = LocalDate.of(reception + 14, 7, 20);
        Organisation secondary = pickNear(life, life.directory.secondariesNear(lsoaOn(child, year7)), child);
        double post16 = life.rng.uniform();
        Organisation sixthForm = post16 < 0.55 ? life.directory.one(OrganisationKind.COLLEGE)
                : post16 < 0.85 ? secondary : null;
        spell(life, primary, started, year7, null);
        spell(life, secondary, year7, year12, primary);
        if (sixthForm != null) {
            spell(life, sixthForm, year12, leaves, sixthForm == secondary ? null : secondary);
        }
        moveAfterHouseMove(life, year12);
        permanentExclusion(life, year7, year12);
        if (life.excludedOn == null) {
            homeEducation(life, year12);
        }
    }

    private void spell(ChildLife life, Organisation school, LocalDate from, LocalDate to, Organisation previous) {
        Timeline timeline = life.timeline;
        if (!to.isAfter(timeline.start()) || from.isAfter(timeline.today())) {
            return;
        }
        life.child.schools().add(new SchoolSpell(school, from, to.isAfter(timeline.today()) ? null : to));
        if (previous != null && from.isAfter(timeline.start())) {
            Instant at = timeline.at(from, 9, life.rng.below(60));
            life.events.draft(life.child, EventType.SCHOOL_MOVE, at).by(school, "Designated")
                    .says(life.name() + " started at " + school.name() + ".")
                    .detail("midYear", "false").detail("fromSchool", previous.name()).add();
        }
    }

    private void moveAfterHouseMove(ChildLife life, LocalDate year12) {
        SyntheticChild child = life.child;
        LocalDate moved = child.household().movedSince(life.timeline.start());
        if (moved == null || !life.rng.chance(0.4)) {
            return;
        }
        LocalDate joins = moved.plusDays(life.rng.between(14, 45));
        SchoolSpell current = child.schoolOn(joins);
        if (current == null || !joins.isBefore(life.timeline.today()) || !joins.isBefore(year12)
                || current.school().kind() != OrganisationKind.SCHOOL) {
            return;
        }
        Lsoa home = child.household().residenceOn(joins).home().lsoa();
        boolean primary = current.school().urn() != null && current.school().urn().startsWith("99");
        List<Organisation> near = primary ? life.directory.primariesNear(home) : life.directory.secondariesNear(home);
        Organisation next = pickNear(life, near, primary ? null : child);
        if (next.equals(current.school())) {
            return;
        }
        replace(child, current, new SchoolSpell(current.school(), current.from(), joins));
        child.schools().add(new SchoolSpell(next, joins, current.to()));
        life.events.draft(child, EventType.SCHOOL_MOVE, life.timeline.at(joins, 9, life.rng.below(60)))
                .by(next, "Designated").says(life.name() + " joined " + next.name() + " mid-year after the family "
                        + "moved home.").detail("midYear", "true").detail("fromSchool", current.school().name()).add();
    }

    private void permanentExclusion(ChildLife life, LocalDate year7, LocalDate year12) {
        SyntheticChild child = life.child;
        LocalDate from = max(year7, life.timeline.start());
        LocalDate to = min(year12, life.timeline.today().minusDays(1));
        if (!from.isBefore(to) || !life.rng.chance(EXCLUSION[child.tier().ordinal()]
                * (to.toEpochDay() - from.toEpochDay()) / (365.0 * Timeline.YEARS))) {
            return;
        }
        LocalDate day = life.crisisFrom != null && life.crisisFrom.isAfter(from) && life.crisisFrom.isBefore(to)
                ? life.crisisFrom.plusDays(life.rng.between(20, 150)) : from.plusDays(life.rng.between(0,
                (int) (to.toEpochDay() - from.toEpochDay())));
        day = min(day, to);
        while (!SchoolCalendar.isSchoolDay(day) && day.isAfter(from)) {
            day = day.minusDays(1);
        }
        SchoolSpell spell = child.schoolOn(day);
        if (spell == null || spell.school().kind() != OrganisationKind.SCHOOL) {
            return;
        }
        LocalDate excluded = day;
        life.excludedOn = excluded;
        new SchoolEvents().exclude(life, spell, excluded);
        replace(child, spell, new SchoolSpell(spell.school(), spell.from(), excluded));
        LocalDate starts = excluded.plusDays(life.rng.between(6, 40));
        Organisation provision = life.directory.one(life.rng.chance(0.6) ? OrganisationKind.PUPIL_REFERRAL_UNIT
                : OrganisationKind.ALTERNATIVE_PROVISION);
        if (starts.isBefore(life.timeline.today())) {
            LocalDate until = spell.to() == null || spell.to().isAfter(year12) ? spell.to() : year12;
            child.schools().removeIf(s -> s.from().isAfter(excluded) && s.from().isBefore(year12));
            child.schools().add(new SchoolSpell(provision, starts, until));
            life.events.draft(child, EventType.MOVE_TO_ALTERNATIVE_PROVISION, life.timeline.at(starts, 9, 30))
                    .by(provision, "Designated").says(life.name() + " started at " + provision.name()
                            + " after the permanent exclusion from " + spell.school().name() + ".").add();
        }
    }

    private void homeEducation(ChildLife life, LocalDate year12) {
        SyntheticChild child = life.child;
        if (!life.rng.chance(HOME_EDUCATION * child.tier().factor(0.5))) {
            return;
        }
        LocalDate day = life.timeline.start().plusDays(life.rng.between(0, 365 * Timeline.YEARS - 1));
        SchoolSpell spell = child.schoolOn(day);
        if (spell == null || spell.school().kind() != OrganisationKind.SCHOOL || !day.isBefore(year12)) {
            return;
        }
        replace(child, spell, new SchoolSpell(spell.school(), spell.from(), day));
        child.schools().removeIf(s -> s.from().isAfter(day) && s.from().isBefore(year12));
        life.events.draft(child, EventType.ELECTIVE_HOME_EDUCATION, life.timeline.at(day, 11, 0))
                .by(spell.school(), "Designated").says(life.name() + "'s parent told " + spell.school().name()
                        + " that they will educate " + life.name() + " at home. The school has told the local "
                        + "authority's elective home education team.").add();
    }

    private static Organisation pickNear(ChildLife life, List<Organisation> near, SyntheticChild forSex) {
        double[] weights = {5, 4, 3, 2, 1, 1};
        for (int tries = 0; tries < 20; tries++) {
            int i = 0;
            double u = life.rng.uniform() * 16;
            while (i < near.size() - 1 && u > weights[i]) {
                u -= weights[i];
                i++;
            }
            Organisation school = near.get(i);
            if (forSex == null || life.directory.admits(school, forSex.sex())) {
                return school;
            }
        }
        return near.stream().filter(s -> forSex == null || life.directory.admits(s, forSex.sex())).findFirst()
                .orElse(near.getFirst());
    }

    private static int establishment(Organisation school) {
        String urn = school.urn();
        return urn != null && urn.startsWith("99") ? 2000 + Integer.parseInt(urn.substring(2)) : 4000;
    }

    private static Lsoa lsoaOn(SyntheticChild child, LocalDate day) {
        return child.household().residenceOn(day).home().lsoa();
    }

    static void replace(SyntheticChild child, SchoolSpell old, SchoolSpell updated) {
        child.schools().set(child.schools().indexOf(old), updated);
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
