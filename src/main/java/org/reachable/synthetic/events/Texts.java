package org.reachable.synthetic.events;

import org.reachable.synthetic.support.Rng;

/**
 * Child-first words for event summaries: what happened to the child and what adults did, never what the child
 * "chose" or "put themselves at risk" of. Places are public places in the borough.
 */
final class Texts {

    static final String[] PLACES = {"Walthamstow Central bus station", "Leyton Midland Road station",
            "Leytonstone High Road", "Chingford Mount", "Blackhorse Road station", "Wood Street",
            "Lea Bridge Road", "the Mall in Walthamstow", "Lloyd Park", "Coronation Gardens", "Baker's Arms",
            "Hollow Ponds", "the 58 bus on Hoe Street", "the W15 bus", "a chicken shop on High Road Leyton",
            "the park near school", "Markhouse Road", "Highams Park station"};

    static final String[] VICTIM_WORDS = {"I was just walking home from school.",
            "They took my phone and said they know where I live.", "I don't feel safe on the bus any more.",
            "Nobody asked me if I was OK.", "I didn't know them. They just came up to me."};
    static final String[] MISSING_WORDS = {"I didn't want to be at home.", "I don't want to talk about where I was.",
            "They said I owed them money.", "I was scared to come back.", "I stayed at a friend's, I was fine."};
    static final String[] EXPLOITATION_WORDS = {"They said I owed them.", "I didn't have a choice.",
            "If I didn't go they said they'd hurt my brother.", "They gave me a phone and told me to keep it on."};
    static final String[] SCHOOL_WORDS = {"Teachers only notice me when I'm in trouble.",
            "I want to go back to my old school.", "I can't concentrate, I'm always tired.",
            "I don't feel safe walking to school."};
    static final String[] HEALTH_WORDS = {"I can't sleep at night.", "I just want it to stop.",
            "I keep seeing it happen again.", "I don't want my mum to know."};
    static final String[] HELP_WORDS = {"The mentor actually listens.", "I want to do music.",
            "I'd like to get a job.", "Football is the only time I feel normal.", "Maybe. If it's not at school."};
    static final String[] KNIFE_WORDS = {"Everyone carries one now, I was scared.",
            "After what happened to my friend I didn't feel safe.", "It wasn't mine, someone gave it to me."};

    private final Rng rng;

    Texts(Rng rng) {
        this.rng = rng;
    }

    /** A CIN census referral source, in words: "Police (6)" becomes "police", "A&E (3E)" the emergency department. */
    static String source(String code) {
        return switch (code.replaceAll(" \\(.*\\)", "")) {
            case "Police" -> "police";
            case "School" -> "the school";
            case "A&E" -> "the emergency department";
            case "GP" -> "a GP";
            case "Health visitor" -> "a health visitor";
            case "School nurse" -> "the school nurse";
            case "Family member" -> "a family member";
            case "Anonymous" -> "an anonymous caller";
            case "Housing" -> "housing services";
            case "Other local authority" -> "another local authority";
            default -> code.toLowerCase();
        };
    }

    String place() {
        return rng.pick(PLACES);
    }

    String victim(String name) {
        return rng.pick(
                name + " was assaulted by a group of older teenagers near " + place()
                        + ". Officers took a statement and took " + name + " home to a parent.",
                name + " was robbed of a phone and bank card near " + place()
                        + " by older teenagers. " + name + " was frightened but not injured.",
                name + " was punched and kicked by two young men near " + place()
                        + ". A passer-by called police; " + name + " had cuts and bruises.",
                name + " was threatened and followed home from " + place() + " by young people in a car.");
    }

    String suspect(String name, String offence) {
        return rng.pick(
                name + " was named as a suspect in " + offence + " near " + place()
                        + ". Officers noted that older young people were present and may have been directing the children.",
                name + " was reported to police as a suspect in " + offence + " near " + place()
                        + ". " + name + " said the other young person had threatened them first.",
                "Police are investigating " + offence + " near " + place() + "; " + name
                        + " was identified from CCTV. A parent has been informed.");
    }

    String witness(String name) {
        return rng.pick(
                name + " saw a young person being stabbed near " + place() + " and gave officers an account.",
                name + " was present when a fight broke out near " + place() + " and was spoken to as a witness.",
                name + " witnessed a robbery near " + place() + " and was upset afterwards; officers called a parent.");
    }

    String intelligence(String name) {
        return rng.pick(
                "Police intelligence indicates that adults are contacting " + name
                        + " and may be using " + name + " to carry drugs. Handling restricted.",
                "Intelligence suggests " + name + " is being controlled by older males linked to drug supply in "
                        + place() + ". Do not share with the family. Handling restricted.",
                "Information received that " + name + " has been seen with an adult who poses a risk to children. "
                        + "Handling restricted.");
    }

    String missing(String name, int hours, String reporter) {
        return rng.pick(
                name + " was reported missing by " + reporter + " and was found " + hours + " hours later near "
                        + place() + " by police.",
                name + " did not come home and was reported missing by " + reporter + ". " + name + " returned after "
                        + hours + " hours and was seen by police for a safe and well check.",
                name + " was reported missing by " + reporter + " and was found " + hours
                        + " hours later in another part of London with adults who are not known to the family.");
    }

    String returnInterview(String name, String outcome) {
        return switch (outcome) {
            case "COMPLETED" -> rng.pick("A return home interview was completed with " + name
                            + ". " + name + " talked about where they had been and who they were with.",
                    "Return home interview completed. " + name + " said they had been afraid to come home and agreed to"
                            + " meet the worker again.");
            case "DECLINED" -> "A return home interview was offered to " + name + ". " + name
                    + " did not want to talk this time; the worker will try again and keep in touch.";
            default -> "A return home interview was not offered to " + name + " because the referral arrived late.";
        };
    }

    String edAttendance(String name, String reason, String place) {
        return switch (reason) {
            case "ASSAULT" -> name + " was treated in the emergency department for a head injury after being assaulted"
                    + " near " + place + ". The paediatric liaison nurse shared this with the school nurse.";
            case "SHARP_OBJECT_INJURY" -> name + " was treated for a stab wound to the leg after an attack near "
                    + place + ". The youth worker in the department spoke with " + name + " before discharge.";
            case "SELF_HARM" -> name + " was seen in the emergency department after harming themselves. The CAMHS"
                    + " liaison team saw " + name + " and a parent before discharge.";
            case "INJURY_OTHER" -> rng.pick(name + " was treated for a broken wrist after a fall.",
                    name + " was treated for a sprained ankle from playing football.",
                    name + " was treated for a burn at home; the explanation was consistent with the injury.");
            default -> rng.pick(name + " was seen with breathing difficulties and discharged home with an inhaler.",
                    name + " was seen with a high temperature and discharged home.",
                    name + " was seen with stomach pain and discharged with advice.");
        };
    }
}
