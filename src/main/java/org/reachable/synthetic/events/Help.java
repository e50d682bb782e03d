package org.reachable.synthetic.events;

import java.time.Instant;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.OrganisationKind;
import org.reachable.chronology.EventType;

/** Offers of help after reachable moments (an ED visit for violence, exclusion, a friend harmed, custody...). */
final class Help {

    void generate(ChildLife life) {
        for (ChildLife.Moment moment : life.moments) {
            if (!life.rng.chance(0.7)) {
                continue;
            }
            Organisation by;
            String service;
            switch (moment.after()) {
                case ED_ATTENDANCE -> {
                    by = life.directory.vcs("ed-youth-work");
                    service = "a hospital youth worker (A&E navigator)";
                }
                case PERMANENT_EXCLUSION, OUT_OF_COURT_DISPOSAL -> {
                    by = life.directory.vcs(life.rng.chance(0.6) ? "mentoring" : "sports");
                    service = by.name().contains("Mentoring") ? "a mentor" : "a place on a football programme";
                }
                case PEER_SERIOUSLY_HARMED -> {
                    by = life.directory.one(OrganisationKind.CAMHS);
                    service = "trauma-focused therapy";
                }
                default -> {
                    by = life.directory.vcs("youth-hub");
                    service = "a youth worker at Forest Youth Hub";
                }
            }
            double u = life.rng.uniform();
            String response = u < 0.55 ? "ACCEPTED" : u < 0.8 ? "DECLINED" : "MADE";
            String outcome = switch (response) {
                case "ACCEPTED" -> life.name() + " accepted and met the worker.";
                case "DECLINED" -> life.name() + " said no for now; the offer stays open.";
                default -> "The worker is waiting to hear from " + life.name() + ".";
            };
            Instant at = moment.after() == EventType.ED_ATTENDANCE ? Timeline.later(moment.at(), 0.5, 4, life.rng)
                    : life.timeline.officeHoursAfter(moment.at(), 24, 24 * 14, life.rng);
            life.events.draft(life.child, EventType.OFFER_OF_HELP, at)
                    .by(by).says(by.name() + " offered " + life.name() + " " + service + " " + moment.what() + ". "
                            + outcome)
                    .words(response.equals("MADE") ? null : life.words(0.3, Texts.HELP_WORDS))
                    .detail("response", response).detail("service", service).add();
        }
    }
}
