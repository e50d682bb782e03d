package org.reachable.synthetic.events;

import java.time.Instant;
import java.time.YearMonth;
import org.reachable.agencies.OrganisationKind;
import org.reachable.chronology.EventType;

/** Missing episodes reported to police, each usually followed by an offer of a return home interview. */
final class Missing {

    void generate(ChildLife life) {
        int episodes = 0;
        for (YearMonth month : life.timeline.months()) {
            int age = life.age(month);
            if (age < 10 || age > 17) {
                continue;
            }
            double mean = life.mean(0.002, 1.7, month, true, true) * (age <= 12 ? 0.4 : 1.2);
            for (int n = life.rng.poisson(mean); n > 0; n--) {
                Instant at = life.timeline.evening(month, life.rng);
                int hours = (int) Math.min(120, Math.round(2 + life.rng.uniform() * life.rng.uniform() * 96));
                String reporter = life.rng.pick("a parent", "their mother", "their carer", "a family member");
                life.events.draft(life.child, EventType.MISSING_EPISODE, at)
                        .by(life.directory.one(OrganisationKind.POLICE), "Missing persons")
                        .says(life.texts.missing(life.name(), hours, reporter))
                        .detail("hoursMissing", Integer.toString(hours)).add();
                episodes++;
                life.concern(at, "Police (6)", "a missing episode", episodes == 1 ? 0.5 : episodes >= 3 ? 0.3 : 0.15);
                if (episodes == 3) {
                    life.moment(at, EventType.MISSING_EPISODE, "after repeated missing episodes");
                }
                returnInterview(life, life.timeline.officeHoursAfter(at, hours + 24, hours + 96, life.rng));
            }
        }
    }

    private void returnInterview(ChildLife life, Instant at) {
        if (!life.rng.chance(0.85)) {
            return;
        }
        double u = life.rng.uniform();
        String outcome = u < 0.55 ? "COMPLETED" : u < 0.9 ? "DECLINED" : "NOT_OFFERED";
        life.events.draft(life.child, EventType.RETURN_INTERVIEW, at).by(life.directory.vcs("return-interviews"))
                .says(life.texts.returnInterview(life.name(), outcome))
                .words(outcome.equals("COMPLETED") ? life.words(0.5, Texts.MISSING_WORDS) : null)
                .detail("outcome", outcome).add();
    }
}
