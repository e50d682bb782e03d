package org.reachable.synthetic.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.OrganisationKind;
import org.reachable.chronology.EventType;
import org.reachable.chronology.Sensitivity;
import org.reachable.synthetic.people.Household;
import org.reachable.synthetic.people.SchoolSpell;

/** Bereavement, a friend seriously harmed, harm online, and the family's moves and homelessness. */
final class Community {

    void generate(ChildLife life) {
        for (YearMonth month : life.timeline.months()) {
            int age = life.age(month);
            if (age < 0) {
                continue;
            }
            if (life.rng.chance(life.mean(0.004, 0.4, month, false, false))) {
                bereavement(life, life.timeline.anyTime(month, life.rng));
            }
            if (age >= 12 && life.rng.chance(life.mean(0.0008, 1.4, month, true, false))) {
                peerHarmed(life, life.timeline.violence(month, age < 18, life.rng));
            }
            if (age >= 9 && age <= 17 && life.rng.chance(life.mean(0.004, 1.0, month, true, false))) {
                online(life, life.timeline.anyTime(month, life.rng));
            }
        }
        housing(life);
    }

    private void bereavement(ChildLife life, Instant at) {
        String who = life.rng.pick("grandmother", "grandmother", "grandfather", "grandfather", "uncle", "aunt",
                "close friend", "father", "mother", "cousin");
        life.events.draft(life.child, EventType.BEREAVEMENT, at).by(recorder(life, at), "Designated")
                .says(life.name() + "'s " + who + " died. " + life.name() + " was offered bereavement support.")
                .detail("relationship", who).add();
    }

    private void peerHarmed(ChildLife life, Instant at) {
        boolean killed = life.rng.chance(0.15);
        String harm = killed ? "KILLED" : "SERIOUSLY_INJURED";
        Organisation by = life.rng.chance(0.5) ? life.directory.one(OrganisationKind.POLICE) : recorder(life, at);
        life.events.draft(life.child, EventType.PEER_SERIOUSLY_HARMED, at).by(by)
                .says("A close friend of " + life.name() + " was " + (killed ? "killed" : "stabbed and seriously "
                        + "injured") + " near " + life.texts.place() + ". " + life.name() + " knew the friend well and "
                        + "may be affected.").detail("harm", harm).add();
        life.moment(at, EventType.PEER_SERIOUSLY_HARMED, "after a friend was " + (killed ? "killed" : "stabbed"));
        if (life.child.ageOn(Timeline.date(at)) < 18) {
            life.concern(at, "Police (6)", "a friend seriously harmed", 0.3);
        }
    }

    private void online(ChildLife life, Instant at) {
        double u = life.rng.uniform();
        String kind = u < 0.3 ? "THREATS" : u < 0.5 ? "EXPLOITATION" : u < 0.7 ? "SEXUAL" : u < 0.95 ? "BULLYING"
                : "OTHER";
        String summary = switch (kind) {
            case "THREATS" -> life.name() + " was sent threatening messages and a video on social media by older "
                    + "young people.";
            case "EXPLOITATION" -> "Adults contacted " + life.name() + " online offering money to carry packages.";
            case "SEXUAL" -> life.name() + " was sent sexual images by an adult online and was asked for images.";
            case "BULLYING" -> life.name() + " was bullied in a group chat; screenshots were shared with school.";
            default -> life.name() + "'s parent raised a concern about who " + life.name() + " talks to online.";
        };
        Organisation by = life.rng.chance(0.3) ? life.directory.one(OrganisationKind.POLICE) : recorder(life, at);
        life.events.draft(life.child, EventType.ONLINE_HARM_CONCERN, at).by(by).says(summary)
                .sensitivity(kind.equals("SEXUAL") ? Sensitivity.SENSITIVE : Sensitivity.STANDARD)
                .detail("kind", kind).add();
        double chance = switch (kind) {
            case "SEXUAL" -> 0.7;
            case "EXPLOITATION" -> 0.5;
            case "THREATS" -> 0.2;
            default -> 0.05;
        };
        life.concern(at, by.kind() == OrganisationKind.POLICE ? "Police (6)" : "School (2A)", "harm online", chance);
    }

    private void housing(ChildLife life) {
        Household household = life.child.household();
        Organisation housing = life.directory.one(OrganisationKind.HOUSING);
        LocalDate moved = household.movedSince(life.timeline.start());
        if (moved != null && !moved.isBefore(life.child.dateOfBirth()) && household.latent() > 0.8) {
            life.events.draft(life.child, EventType.HOUSING_MOVE, life.timeline.at(moved, 12, 0)).by(housing)
                    .says(life.name() + "'s family moved to a new home in the borough arranged by the council.")
                    .detail("outOfBorough", "false").add();
        }
        if (household.homelessness() == null) {
            List<Instant> episodes = new ArrayList<>();
            double perYear = 0.004 * Math.exp(1.2 * Math.max(household.latent(), -1));
            for (YearMonth month : life.timeline.months()) {
                if (life.rng.chance(perYear * life.timeline.years(month))) {
                    episodes.add(life.timeline.officeHours(month, life.rng));
                }
            }
            household.homelessness(episodes);
        }
        for (Instant at : household.homelessness()) {
            if (life.child.ageOn(Timeline.date(at)) >= 0) {
                life.events.draft(life.child, EventType.HOMELESSNESS, at).by(housing)
                        .says(life.name() + "'s family was served notice by their landlord and asked the council for "
                                + "help; they are in temporary accommodation.").add();
                if (life.child.ageOn(Timeline.date(at)) < 18) {
                    life.concern(at, "Housing (4)", "homelessness", 0.2);
                }
            }
        }
    }

    /** The child's school on the day, or the youth hub if they are not at school. */
    private static Organisation recorder(ChildLife life, Instant at) {
        SchoolSpell spell = life.child.schoolOn(Timeline.date(at));
        return spell != null ? spell.school() : life.directory.vcs("youth-hub");
    }
}
