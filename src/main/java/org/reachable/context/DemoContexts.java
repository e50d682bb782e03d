package org.reachable.context;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.LegalBasis;
import org.reachable.context.internal.ContextRepository;
import org.reachable.context.internal.LinkRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contexts for the synthetic demo borough, so the product shows them: two peer groups in conflict, the places and the
 * online space they use, a youth centre that is a safe space, an adult of concern, an assessment, a plan with actions
 * for non-statutory partners, and one expired link. Fictional, and loaded as trusted data (no access checks).
 */
@Service
public class DemoContexts {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String SOURCE = "Synthetic demo data";

    private final ContextRepository contexts;
    private final LinkRepository links;
    private final Audit audit;
    private final Clock clock;

    DemoContexts(ContextRepository contexts, LinkRepository links, Audit audit, Clock clock) {
        this.contexts = contexts;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param known  children the demo practitioners work with (so they see names), in a stable order
     * @param others other children of the same age range, shown to the demo logins as "a child (no access)"
     */
    @Transactional
    public void load(List<UUID> known, List<UUID> others) {
        List<UUID> children = new ArrayList<>(new LinkedHashSet<>(known));
        others.stream().filter(c -> !children.contains(c)).limit(8).forEach(children::add);
        if (children.size() < 8) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        UUID hoeStreet = context(ContextKind.PEER_GROUP, "Young people who meet at the Hoe Street shops",
                "Several children seen together after school; older males in cars seen nearby.", null, null, null,
                now);
        UUID highamHill = context(ContextKind.PEER_GROUP, "Young people from the Higham Hill estate",
                "A friendship group on the estate; tension with the Hoe Street group since a fight in May.", null,
                null, null, now);
        UUID busStation = context(ContextKind.PLACE, "Walthamstow Central bus station",
                "Assaults and robberies of children between 15:00 and 17:00 on school days.", 51.5830, -0.0199,
                null, now);
        UUID youthCentre = context(ContextKind.PLACE, "Forest Road youth centre",
                "Open evenings and weekends; staff known and trusted by local young people.", 51.5893, -0.0301,
                null, now);
        UUID snapchat = context(ContextKind.ONLINE_SPACE, "A Snapchat group used to arrange meet-ups",
                "Threats and videos of fights shared.", null, null, "Snapchat", now);
        UUID adult = context(ContextKind.PERSON_OF_INTEREST, "Adult of concern: older male with a car",
                "Police intelligence: seen giving lifts to children from the Hoe Street shops.", null, null, null,
                now);

        List<Link> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(link(children.get(i), true, hoeStreet, false, hoeStreet, Relation.MEMBER, today, now));
        }
        all.add(link(children.get(0), true, children.get(1), true, hoeStreet, Relation.PEER, today, now));
        all.add(link(children.get(0), true, busStation, false, busStation, Relation.USES, today, now));
        all.add(link(children.get(1), true, youthCentre, false, youthCentre, Relation.SAFE_SPACE, today, now));
        all.add(link(children.get(2), true, youthCentre, false, youthCentre, Relation.TRUSTED_ADULT, today, now));
        for (int i = 5; i < 8; i++) {
            all.add(link(children.get(i), true, highamHill, false, highamHill, Relation.MEMBER, today, now));
        }
        all.add(link(hoeStreet, false, busStation, false, hoeStreet, Relation.USES, today, now));
        all.add(link(hoeStreet, false, snapchat, false, hoeStreet, Relation.USES, today, now));
        all.add(link(highamHill, false, snapchat, false, highamHill, Relation.USES, today, now));
        all.add(link(hoeStreet, false, highamHill, false, hoeStreet, Relation.CONFLICT, today, now));
        all.add(link(adult, false, hoeStreet, false, hoeStreet, Relation.CONTACT, today, now));
        // One link nobody reviewed in time: it shows as expired and is left out of the network.
        Link stale = link(children.get(3), true, busStation, false, busStation, Relation.USES, today, now);
        all.add(new Link(stale.id(), stale.fromId(), true, stale.toId(), false, stale.contextId(), stale.relation(),
                false, Strength.WEAK, "Police stop report (one sighting)", "PC 4471", today.minusMonths(8),
                today.minusDays(20), "ACTIVE", now, null));
        all.forEach(l -> links.insert(l, null));

        note(hoeStreet, ContextStage.ASSESSMENT, "Peer-group assessment with the detached youth team and police.",
                "A close group of five; two younger children look up to the older ones and copy them.",
                "An older male with a car gives lifts and money; the group is under pressure to carry for him.",
                "Hoe Street shops, Walthamstow Central bus station, a Snapchat group", now);
        contexts.changeStage(hoeStreet, ContextStage.ASSESSMENT, 0, now);
        note(busStation, ContextStage.ASSESSMENT, "Location assessment: poor sight lines at stands C-E, no staff "
                + "presence after 15:00, two shops selling knives nearby.", null, null, null, now);
        contexts.changeStage(busStation, ContextStage.ASSESSMENT, 0, now);
        action(busStation, "Transport for London (bus station operator)", "Station manager",
                "Staff presence at stands C-E from 15:00 to 17:00 on school days", today.plusWeeks(2), now);
        action(busStation, "Council licensing", "Licensing officer",
                "Test purchase visits to the two shops selling knives", today.plusWeeks(4), now);
        action(hoeStreet, "Detached youth team (voluntary sector)", "Senior youth worker",
                "Weekly outreach at the Hoe Street shops after school", today.minusDays(3), now);
        audit.bySystem(AuditAction.WRITE, "contexts/demo", "Loaded fictional demo contexts and "
                + all.size() + " links", LegalBasis.ADMINISTRATION);
    }

    private UUID context(ContextKind kind, String name, String description, Double lat, Double lon, String platform,
                         Instant now) {
        UUID id = UUID.randomUUID();
        contexts.insert(new Context(id, kind, name, description, ContextStage.REFERRAL, lat, lon, null, platform,
                null, "Demo: multi-agency partnership", now, now, 0), null);
        note(id, ContextStage.REFERRAL, "Referred by the daily multi-agency meeting.", null, null, null, now);
        return id;
    }

    private void note(UUID id, ContextStage stage, String text, String dynamics, String influence, String places,
                      Instant now) {
        contexts.insertNote(id, new StageNote(UUID.randomUUID(), stage, text, dynamics, influence, places,
                "Demo practitioner", now), null);
    }

    private void action(UUID id, String agency, String owner, String what, LocalDate due, Instant now) {
        contexts.insertAction(new ContextAction(UUID.randomUUID(), id, agency, owner, what, due, "OPEN", now), null);
    }

    private static Link link(UUID from, boolean fromChild, UUID to, boolean toChild, UUID context, Relation relation,
                             LocalDate today, Instant now) {
        return new Link(UUID.randomUUID(), from, fromChild, to, toChild, context, relation, relation.protective(),
                Strength.MODERATE, SOURCE + ": multi-agency meeting notes", "Daily meeting", today.minusDays(14),
                today.plusMonths(3), "ACTIVE", now, null);
    }
}
