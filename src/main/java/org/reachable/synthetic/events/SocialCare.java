package org.reachable.synthetic.events;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.OrganisationKind;
import org.reachable.agencies.Practitioner;
import org.reachable.chronology.ChronologyEvent;
import org.reachable.chronology.EventType;
import org.reachable.identity.IdentifierScheme;
import org.reachable.synthetic.people.IdentifierMaker;
import org.reachable.synthetic.support.Weighted;

/**
 * Children's social care: concerns from police, schools, health and others reach the MASH as contacts; some become
 * referrals, assessments and then early help, a child in need plan, a child protection plan or care, each with a
 * start and (if it has finished) an end. A contact while a plan is open goes to the allocated social worker.
 */
final class SocialCare {

    /** The open plan (or early help) on the last day, with who leads it. */
    record OpenPlan(EventType kind, Instant since, Practitioner worker) {
    }

    private static final Weighted<String[]> BACKGROUND = Weighted.<String[]>builder()
            .add(new String[] {"School (2A)", "worries about home conditions"}, 30)
            .add(new String[] {"Family member (1A)", "a parent's mental health"}, 12)
            .add(new String[] {"GP (3A)", "a parent's drug use"}, 6)
            .add(new String[] {"Health visitor (3B)", "a parent's drinking"}, 6)
            .add(new String[] {"Anonymous (9)", "children left at home alone"}, 8)
            .add(new String[] {"School nurse (3C)", "a young carer looking after a parent"}, 5)
            .add(new String[] {"School (2A)", "an injury the child could not explain"}, 8)
            .add(new String[] {"Other local authority (5C)", "a family moving in from another borough"}, 5).build();
    private static final Map<String, String> FACTORS = Map.ofEntries(Map.entry("domestic", "3A,3B"),
            Map.entry("missing", "10A"), Map.entry("exploit", "24A"), Map.entry("supply", "24A"),
            Map.entry("weapon", "13A"), Map.entry("knife", "13A"), Map.entry("stab", "13A"),
            Map.entry("friend", "13A"), Map.entry("self-harm", "7A"), Map.entry("online", "11A"),
            Map.entry("mental health", "4B"), Map.entry("drug use", "2B"), Map.entry("drinking", "1B"),
            Map.entry("young carer", "8B"));
    private static final double[] REFERRAL = {0.3, 0.45, 0.7, 0.85};
    /** Outcome of an assessment by tier: no further action, early help, CIN, CP, looked after. */
    private static final double[][] OUTCOMES = {{0.5, 0.25, 0.2, 0.04, 0.01}, {0.35, 0.3, 0.27, 0.07, 0.01},
            {0.2, 0.2, 0.4, 0.15, 0.05}, {0.1, 0.1, 0.35, 0.3, 0.15}};

    private final IdentifierMaker identifiers;
    private Instant openUntil;
    private OpenPlan open;

    SocialCare(IdentifierMaker identifiers) {
        this.identifiers = identifiers;
    }

    OpenPlan generate(ChildLife life) {
        openUntil = null;
        open = null;
        for (YearMonth month : life.timeline.months()) {
            int age = life.age(month);
            if (age >= 0 && age <= 17) {
                for (int n = life.rng.poisson(life.mean(0.015, 1.0, month, false, false)); n > 0; n--) {
                    String[] background = BACKGROUND.pick(life.rng);
                    life.concern(life.timeline.officeHours(month, life.rng), background[0], background[1], 1.0);
                }
                if (life.rng.chance(life.mean(0.01, 0.8, month, false, false))) {
                    earlyHelp(life, life.timeline.officeHours(month, life.rng), "a request from school");
                }
            }
        }
        List<ChildLife.Concern> concerns = life.concerns.stream()
                .sorted(Comparator.comparing(ChildLife.Concern::at)).toList();
        TreeSet<String> factors = new TreeSet<>();
        for (ChildLife.Concern concern : concerns) {
            FACTORS.forEach((word, codes) -> {
                if (concern.what().contains(word)) {
                    factors.addAll(List.of(codes.split(",")));
                }
            });
            if (life.child.ageOn(Timeline.date(concern.at())) <= 17 && life.rng.chance(concern.chance())) {
                contact(life, concern, factors);
            }
        }
        return open;
    }

    /** The MASH's decision on a contact, recorded as its own event so later rules can see what was decided. */
    private static void outcome(ChildLife life, Organisation mash, Instant at, String outcome, String words) {
        life.events.draft(life.child, EventType.CSC_CONTACT_OUTCOME, at).by(mash, "MASH social")
                .says("The MASH decided the contact about " + life.name() + ": " + words + ".")
                .detail("outcome", outcome).add();
    }

    private void contact(ChildLife life, ChildLife.Concern concern, TreeSet<String> factors) {
        Instant at = life.timeline.nextWorkingDay(Timeline.later(concern.at(), 2, 48, life.rng), life.rng);
        boolean planOpen = openUntil != null && at.isBefore(openUntil);
        Organisation mash = life.directory.one(OrganisationKind.MASH);
        ChronologyEvent contact = life.events.draft(life.child, EventType.CSC_CONTACT, at).by(mash, "MASH social")
                .says("The MASH received a contact from " + Texts.source(concern.source()) + " about "
                        + life.name() + ": " + concern.what() + "." + (planOpen
                        ? " Shared with the allocated social worker the same day." : ""))
                .detail("source", concern.source()).add();
        if (contact == null || planOpen) {
            return;
        }
        reference(life);
        int tier = life.tier().ordinal();
        if (!life.rng.chance(REFERRAL[tier])) {
            boolean earlyHelp = tier > 0 && life.rng.chance(0.4);
            outcome(life, mash, at.plusSeconds(4 * 3600), earlyHelp ? "EARLY_HELP" : "NO_FURTHER_ACTION",
                    earlyHelp ? "an offer of early help" : "no further action, with advice to the referrer");
            if (earlyHelp) {
                earlyHelp(life, life.timeline.officeHoursAfter(at, 24, 24 * 10, life.rng), "a MASH decision");
            }
            return;
        }
        Instant referred = life.timeline.nextWorkingDay(Timeline.later(at, 3, 20, life.rng), life.rng);
        life.events.draft(life.child, EventType.INFORMATION_SHARED, at.plusSeconds(2 * 3600))
                .by(life.directory.one(OrganisationKind.POLICE), "Police MASH desk")
                .says("Police answered the MASH's request about " + life.name() + ": what they know of the child "
                        + "and the household.").add();
        if (life.events.draft(life.child, EventType.CSC_REFERRAL, referred).by(mash, "MASH social")
                .says("The MASH decided within one working day that " + life.name() + " needs a social work "
                        + "assessment (" + concern.what() + ").").add() == null) {
            return;
        }
        outcome(life, mash, referred, "REFERRAL", "a referral for a social work assessment");
        Instant assessed = life.timeline.officeHoursAfter(referred, 24 * 14, 24 * 62, life.rng);
        openUntil = assessed;
        String codes = factors.isEmpty() ? "21" : String.join(",", factors);
        Organisation csc = life.directory.one(OrganisationKind.CHILDRENS_SOCIAL_CARE);
        EventMaker.Draft assessment = life.events.draft(life.child, EventType.CSC_ASSESSMENT, assessed)
                .by(csc, "Social worker").detail("factors", codes);
        double[] outcomes = OUTCOMES[tier];
        double u = life.rng.uniform();
        String decision = u < outcomes[0] ? "no further action" : u < outcomes[0] + outcomes[1] ? "early help"
                : u < outcomes[0] + outcomes[1] + outcomes[2] ? "a child in need plan"
                : u < 1 - outcomes[4] ? "a child protection enquiry" : "care";
        if (assessment.says("A social work assessment of " + life.name() + " was completed with " + life.name()
                + " and the family; the outcome is " + decision + ".").words(life.words(0.3,
                Texts.HELP_WORDS)).add() == null) {
            return;
        }
        Practitioner worker = assessment.practitioner();
        switch (decision) {
            case "early help" -> earlyHelp(life, life.timeline.officeHoursAfter(assessed, 24, 24 * 14, life.rng),
                    "the assessment");
            case "a child in need plan" -> new Plans(life, this).childInNeed(assessed, worker);
            case "a child protection enquiry" -> new Plans(life, this).childProtection(assessed, worker, factors);
            case "care" -> new Plans(life, this).lookedAfter(assessed, worker);
            default -> {
            }
        }
    }

    void earlyHelp(ChildLife life, Instant start, String after) {
        if (openUntil != null && start.isBefore(openUntil)) {
            return;
        }
        Organisation eh = life.directory.one(OrganisationKind.EARLY_HELP);
        EventMaker.Draft draft = life.events.draft(life.child, EventType.EARLY_HELP_START, start)
                .by(eh, "Early help").says("An early help family worker started working with " + life.name()
                        + " and the family after " + after + ".");
        if (draft.add() == null) {
            return;
        }
        Instant end = life.timeline.officeHoursAfter(start, 24 * 90, 24 * 270, life.rng);
        opened(life, EventType.EARLY_HELP_START, start, end, draft.practitioner());
        life.events.draft(life.child, EventType.EARLY_HELP_END, end).by(eh, draft.practitioner())
                .says("Early help with " + life.name() + "'s family ended; the family said things had improved.")
                .add();
    }

    /** Notes a plan from {@code start} until {@code end}; it is the open plan if it has not ended by now. */
    void opened(ChildLife life, EventType kind, Instant start, Instant end, Practitioner worker) {
        openUntil = end;
        if (!life.timeline.isPast(end)) {
            open = new OpenPlan(kind, start, worker);
        }
    }

    private void reference(ChildLife life) {
        if (life.child.identifier(IdentifierScheme.CSC) == null) {
            life.child.identifier(IdentifierScheme.CSC, identifiers.socialCareReference());
        }
    }
}
