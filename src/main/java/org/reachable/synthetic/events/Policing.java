package org.reachable.synthetic.events;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.OrganisationKind;
import org.reachable.chronology.EventType;
import org.reachable.chronology.Sensitivity;
import org.reachable.identity.Ethnicity;
import org.reachable.identity.IdentifierScheme;
import org.reachable.identity.Sex;
import org.reachable.synthetic.people.Household;
import org.reachable.synthetic.people.IdentifierMaker;
import org.reachable.synthetic.people.SyntheticChild;
import org.reachable.synthetic.people.Tier;

/**
 * What the police record: incidents in which the child was a victim, suspect or witness, stop and search, knife
 * and weapon incidents, arrests and custody, domestic abuse at home, and (restricted) intelligence that adults are
 * exploiting the child. Stop and search rates for Black and mixed Black-heritage children are 2.5 times those of
 * others, as in published Metropolitan Police data, so disproportionality monitoring has something to find.
 */
final class Policing {

    private static final String[] SUSPECT_OFFENCES = {"a robbery", "an assault", "a fight outside a shop",
            "criminal damage", "a theft from a shop", "a robbery of another child's phone"};
    private static final double STOP_SEARCH_DISPROPORTIONALITY = 2.5;

    private final IdentifierMaker identifiers;

    Policing(IdentifierMaker identifiers) {
        this.identifiers = identifiers;
    }

    void generate(ChildLife life) {
        for (YearMonth month : life.timeline.months()) {
            int age = life.age(month);
            if (age >= 10) {
                incidents(life, month, age);
                weapons(life, month, age);
            }
            if (age >= 13) {
                stopAndSearch(life, month, age);
            }
            if (age >= 12 && age <= 19 && life.tier().atLeast(Tier.ELEVATED)) {
                intelligence(life, month);
            }
        }
        domesticAbuse(life);
    }

    private void incidents(ChildLife life, YearMonth month, int age) {
        double ageCurve = age <= 13 ? 0.4 : age <= 17 ? 1.3 : age <= 21 ? 1.1 : 0.7;
        double mean = life.mean(0.03, 0.9, month, true, true) * ageCurve * Timeline.season(month);
        for (int n = life.rng.poisson(mean); n > 0; n--) {
            Instant at = life.timeline.violence(month, age < 18, life.rng);
            double u = life.rng.uniform();
            String role = u < 0.45 ? "VICTIM" : u < 0.78 ? "SUSPECT" : "WITNESS";
            String summary = switch (role) {
                case "VICTIM" -> life.texts.victim(life.name());
                case "SUSPECT" -> life.texts.suspect(life.name(), life.rng.pick(SUSPECT_OFFENCES));
                default -> life.texts.witness(life.name());
            };
            police(life, EventType.POLICE_INCIDENT, at, "Police constable").says(summary)
                    .words(role.equals("VICTIM") ? life.words(0.25, Texts.VICTIM_WORDS) : null)
                    .detail("role", role).add();
            if (role.equals("VICTIM") && age < 18) {
                life.concern(at, "Police (6)", "an assault on " + life.name(), 0.3);
            }
            if (role.equals("SUSPECT") && life.rng.chance(0.5)) {
                arrest(life, Timeline.later(at, 0.5, 72, life.rng), life.rng.pick("robbery",
                        "assault occasioning actual bodily harm", "criminal damage", "theft"), true);
            }
        }
    }

    private void weapons(ChildLife life, YearMonth month, int age) {
        if (age < 12) {
            return;
        }
        double mean = life.mean(0.0012, 1.3, month, true, true) * Timeline.season(month);
        for (int n = life.rng.poisson(mean); n > 0; n--) {
            Instant at = life.timeline.violence(month, age < 18, life.rng);
            double u = life.rng.uniform();
            String role = u < 0.5 ? "VICTIM" : u < 0.9 ? "SUSPECT" : "WITNESS";
            String weapon = life.rng.chance(0.8) ? "KNIFE" : life.rng.chance(0.75) ? "OTHER" : "FIREARM";
            String what = weapon.equals("KNIFE") ? "a knife" : weapon.equals("FIREARM") ? "a gun" : "a weapon";
            String place = life.texts.place();
            String summary = switch (role) {
                case "VICTIM" -> life.name() + " was threatened with " + what + " near " + place
                        + " by young people " + life.name() + " did not know. Officers searched the area.";
                case "SUSPECT" -> life.name() + " was found carrying " + what + " near " + place
                        + ". Officers noted that " + life.name() + " had recently been threatened.";
                default -> life.name() + " saw another young person attacked with " + what + " near " + place + ".";
            };
            police(life, EventType.WEAPON_INCIDENT, at, "Police constable").says(summary)
                    .words(role.equals("SUSPECT") ? life.words(0.4, Texts.KNIFE_WORDS)
                            : life.words(0.2, Texts.VICTIM_WORDS))
                    .detail("role", role).detail("weapon", weapon).add();
            if (age < 18) {
                life.concern(at, "Police (6)", what + " incident", 0.7);
            }
            if (role.equals("SUSPECT") && life.rng.chance(0.85)) {
                arrest(life, Timeline.later(at, 0.1, 2, life.rng), "possession of an offensive weapon", true);
            }
            if (role.equals("VICTIM") && weapon.equals("KNIFE") && life.rng.chance(0.35)) {
                new HealthEvents().emergency(life, Timeline.later(at, 0.3, 1.5, life.rng), "SHARP_OBJECT_INJURY",
                        place);
            }
        }
    }

    private void stopAndSearch(ChildLife life, YearMonth month, int age) {
        SyntheticChild child = life.child;
        double sexFactor = child.sex() == Sex.M ? 1.6 : child.sex() == Sex.F ? 0.25 : 0.5;
        double mean = life.mean(0.012, 1.0, month, true, true) * sexFactor
                * (blackHeritage(child.ethnicity()) ? STOP_SEARCH_DISPROPORTIONALITY : 1.0);
        for (int n = life.rng.poisson(mean); n > 0; n--) {
            Instant at = life.timeline.evening(month, life.rng);
            double u = life.rng.uniform();
            String outcome = u < 0.7 ? "NOTHING_FOUND" : u < 0.85 ? "ITEM_FOUND" : u < 0.93 ? "ARREST" : "OTHER";
            String found = switch (outcome) {
                case "NOTHING_FOUND" -> "Nothing was found.";
                case "ITEM_FOUND" -> "A small amount of cannabis was found and " + life.name()
                        + " was given a community resolution.";
                case "ARREST" -> "A wrap of what appeared to be class A drugs was found.";
                default -> "A large amount of cash was found; officers gave " + life.name() + " information about "
                        + "support services.";
            };
            police(life, EventType.STOP_AND_SEARCH, at, "Police constable")
                    .says(life.name() + " was stopped and searched by police near " + life.texts.place() + ". "
                            + found).detail("outcome", outcome).add();
            if (outcome.equals("ARREST")) {
                arrest(life, Timeline.later(at, 0.05, 0.5, life.rng), "possession with intent to supply class A "
                        + "drugs", false);
            }
        }
    }

    private void intelligence(ChildLife life, YearMonth month) {
        double mean = life.mean(life.tier() == Tier.HIGH ? 0.4 : 0.12, 0, month, true, true);
        for (int n = life.rng.poisson(mean); n > 0; n--) {
            Instant at = life.timeline.anyTime(month, life.rng);
            police(life, EventType.POLICE_INCIDENT, at, "Detective").says(life.texts.intelligence(life.name()))
                    .sensitivity(Sensitivity.RESTRICTED).detail("role", "VICTIM").add();
            if (life.age(month) < 18) {
                life.concern(at, "Police (6)", "intelligence that adults may be exploiting " + life.name(), 0.5);
            }
        }
    }

    void arrest(ChildLife life, Instant at, String offence, boolean violent) {
        if (!life.timeline.isPast(at)) {
            return;
        }
        SyntheticChild child = life.child;
        if (child.identifier(IdentifierScheme.POLICE) == null) {
            child.identifier(IdentifierScheme.POLICE, identifiers.policeReference(Timeline.date(at)));
        }
        boolean exploitation = offence.contains("supply");
        police(life, EventType.ARREST, at, "Police constable")
                .says(life.name() + " was arrested on suspicion of " + offence + " and taken to Leyton custody suite."
                        + (exploitation ? " Officers recognised signs that " + life.name() + " is being criminally "
                        + "exploited and made a National Referral Mechanism referral." : ""))
                .words(exploitation ? life.words(0.4, Texts.EXPLOITATION_WORDS) : null)
                .detail("offence", offence).add();
        boolean child18 = child.ageOn(Timeline.date(at)) < 18;
        if (life.rng.chance(0.9)) {
            int hours = life.rng.between(3, 20);
            police(life, EventType.CUSTODY, Timeline.later(at, 0.3, 1, life.rng), "Police constable")
                    .says(life.name() + " was held in custody for " + hours + " hours. " + (child18
                            ? "An appropriate adult attended and " + life.name() + " was released to a parent."
                            : "A solicitor attended.")).add();
        }
        life.arrests.add(new ChildLife.Arrest(at, offence, violent));
        if (child18) {
            life.concern(at, "Police (6)", "arrest for " + offence, exploitation ? 0.8 : 0.25);
        }
    }

    private void domesticAbuse(ChildLife life) {
        Household household = life.child.household();
        if (household.domesticAbuse() == null) {
            List<Instant> incidents = new ArrayList<>();
            double perYear = 0.01 * Math.exp(1.3 * Math.max(household.latent(), -1));
            for (YearMonth month : life.timeline.months()) {
                for (int n = life.rng.poisson(perYear * life.timeline.years(month)); n > 0; n--) {
                    incidents.add(life.timeline.evening(month, life.rng));
                }
            }
            household.domesticAbuse(incidents);
        }
        for (Instant at : household.domesticAbuse()) {
            int age = life.child.ageOn(Timeline.date(at));
            if (age < 0 || age > 17) {
                continue;
            }
            police(life, EventType.DOMESTIC_ABUSE_NOTIFICATION, at, "Detective")
                    .says("Police attended a domestic abuse incident at " + life.name() + "'s home. " + life.name()
                            + " was at home and heard the incident; officers spoke with " + life.name() + ".").add();
            life.concern(at, "Police (6)", "domestic abuse at home", 0.6);
        }
    }

    private static EventMaker.Draft police(ChildLife life, EventType type, Instant at, String job) {
        Organisation police = life.directory.one(OrganisationKind.POLICE);
        return life.events.draft(life.child, type, at).by(police, job);
    }

    static boolean blackHeritage(Ethnicity ethnicity) {
        return switch (ethnicity) {
            case BCRB, BAFR, BOTH, MWBC, MWBA -> true;
            default -> false;
        };
    }
}
