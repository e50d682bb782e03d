package org.reachable.synthetic.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.reachable.chronology.EventType;
import org.reachable.synthetic.partnership.Directory;
import org.reachable.synthetic.people.SyntheticChild;
import org.reachable.synthetic.people.Tier;
import org.reachable.synthetic.support.Rng;

/**
 * One child's three years while they are generated: the shared latent need (tier), an optional period of crisis in
 * which harm outside the home clusters, a permanent exclusion that raises later rates, and the concerns and
 * moments that later lead to social care contacts and offers of help.
 */
final class ChildLife {

    /** Something an agency may pass to the front door: {@code chance} that it becomes a contact. */
    record Concern(Instant at, String source, String what, double chance) {
    }

    /** A moment after which someone may offer help (a reachable moment). */
    record Moment(Instant at, EventType after, String what) {
    }

    record Arrest(Instant at, String offence, boolean violent) {
    }

    private static final double IN_CRISIS = 3.0;
    private static final double OUT_OF_CRISIS = 0.6;
    private static final double AFTER_EXCLUSION = 2.0;

    final SyntheticChild child;
    final Rng rng;
    final EventMaker events;
    final Timeline timeline;
    final Directory directory;
    final Texts texts;
    final List<Concern> concerns = new ArrayList<>();
    final List<Moment> moments = new ArrayList<>();
    final List<Arrest> arrests = new ArrayList<>();
    LocalDate crisisFrom;
    LocalDate crisisTo;
    LocalDate excludedOn;

    ChildLife(SyntheticChild child, EventMaker events, Texts texts) {
        this.child = child;
        this.rng = child.household().rng();
        this.events = events;
        this.timeline = events.timeline();
        this.directory = events.directory();
        this.texts = texts;
        planCrisis();
    }

    private void planCrisis() {
        if (!child.tier().atLeast(Tier.ELEVATED)) {
            return;
        }
        LocalDate from = timeline.start().plusDays(rng.between(0, 365 * Timeline.YEARS - 60));
        int age = child.ageOn(from);
        if (age >= 11 && age <= 20) {
            crisisFrom = from;
            crisisTo = from.plusDays(rng.between(120, 365));
        }
    }

    Tier tier() {
        return child.tier();
    }

    String name() {
        return child.knownAs();
    }

    LocalDate middle(YearMonth month) {
        return month.atDay(Math.min(15, month.lengthOfMonth()));
    }

    int age(YearMonth month) {
        return child.ageOn(middle(month));
    }

    boolean inCrisis(LocalDate day) {
        return crisisFrom != null && !day.isBefore(crisisFrom) && day.isBefore(crisisTo);
    }

    /**
     * Expected count in the month for an event with a yearly base rate, a tier gradient and optional crisis and
     * post-exclusion effects.
     */
    double mean(double perYear, double gradient, YearMonth month, boolean crisis, boolean afterExclusion) {
        LocalDate mid = middle(month);
        double mean = perYear * tier().factor(gradient) * timeline.years(month);
        if (crisis && crisisFrom != null) {
            mean *= inCrisis(mid) ? IN_CRISIS : OUT_OF_CRISIS;
        }
        if (afterExclusion && excludedOn != null && mid.isAfter(excludedOn)) {
            mean *= AFTER_EXCLUSION;
        }
        return mean;
    }

    void concern(Instant at, String source, String what, double chance) {
        concerns.add(new Concern(at, source, what, chance));
    }

    void moment(Instant at, EventType after, String what) {
        moments.add(new Moment(at, after, what));
    }

    /** Sometimes the child's own words, from {@code choices}. */
    String words(double chance, String... choices) {
        return rng.chance(chance) ? rng.pick(choices) : null;
    }
}
