package org.reachable.synthetic;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.reachable.access.Relationships.Grant;
import org.reachable.chronology.ChronologyEvent;
import org.reachable.identity.ChildRecord;
import org.reachable.synthetic.events.EventMaker;
import org.reachable.synthetic.events.HeavyHistory;
import org.reachable.synthetic.events.LifeCourse;
import org.reachable.synthetic.events.Showcase;
import org.reachable.synthetic.events.Timeline;
import org.reachable.synthetic.partnership.Directory;
import org.reachable.synthetic.partnership.DirectoryMaker;
import org.reachable.synthetic.people.Household;
import org.reachable.synthetic.people.HouseholdMaker;
import org.reachable.synthetic.people.IdentifierMaker;
import org.reachable.synthetic.people.RecordMaker;
import org.reachable.synthetic.people.SyntheticChild;
import org.reachable.synthetic.support.Rng;
import org.reachable.synthetic.views.AgencyViewMaker;

/**
 * Generates a synthetic borough from a {@link BoroughSpec}, without Spring or a database: first the partnership,
 * then the children in batches of whole households, so a borough of any size fits in memory. Each household draws
 * from its own random stream derived from the seed, so the borough does not depend on the batch size.
 */
public final class BoroughGenerator {

    public static final int DEFAULT_BATCH = 5_000;
    private static final long PARTNERSHIP_STREAM = 0;
    private static final long HOUSEHOLD_STREAM = 1;

    private final BoroughSpec spec;
    private final Directory directory;
    private final Timeline timeline;
    private final IdentifierMaker identifiers;
    private final EventMaker events;
    private final HouseholdMaker households;
    private final LifeCourse lifeCourse;
    private final DemoCases demoCases;
    private final AgencyViewMaker views;

    public BoroughGenerator(BoroughSpec spec) {
        this.spec = spec;
        this.timeline = new Timeline(spec.today());
        this.directory = new DirectoryMaker(new Rng(Rng.streamSeed(spec.seed(), 0, PARTNERSHIP_STREAM)),
                spec.namespace()).make();
        this.identifiers = new IdentifierMaker(spec.namespace());
        this.events = new EventMaker(directory, timeline, spec.namespace());
        this.households = new HouseholdMaker(spec.today(), timeline.start(), identifiers);
        this.lifeCourse = new LifeCourse(events, identifiers);
        this.demoCases = new DemoCases(directory, events, spec.namespace());
        this.views = new AgencyViewMaker(spec.seed(), spec.today());
    }

    public BoroughSpec spec() {
        return spec;
    }

    public Partnership partnership() {
        List<DemoLogin> logins = directory.demoUsers().stream().map(d -> new DemoLogin(d.username(), d.role(),
                d.practitioner().fullName(), directory.organisations().stream()
                .filter(o -> o.id().equals(d.practitioner().organisationId())).findFirst().orElseThrow().name(),
                d.accountId(), d.practitioner().organisationId(), d.practitioner().id())).toList();
        return new Partnership(directory.organisations(), directory.practitioners(), directory.accounts(), logins);
    }

    /**
     * The children, batch by batch. A batch holds whole households, so it may be a little larger than
     * {@code batchSize}; agency views are made only when asked for.
     */
    public Iterator<ChildBatch> batches(int batchSize, boolean agencyViews) {
        return new Iterator<>() {
            private int household;
            private int made;
            private int heavyMade;
            private int number;

            @Override
            public boolean hasNext() {
                return made < spec.children() || heavyMade < spec.heavyChildren();
            }

            @Override
            public ChildBatch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<SyntheticChild> children = new ArrayList<>();
                List<NotableChild> notable = new ArrayList<>();
                List<FrontDoorCase> frontDoor = List.of();
                int target = number == 0 ? Math.max(batchSize, DemoCases.POOL) : batchSize;
                while (children.size() < target && made < spec.children()) {
                    Rng rng = new Rng(Rng.streamSeed(spec.seed(), household, HOUSEHOLD_STREAM));
                    Household h = household == 0 ? households.makeShowcase(household, rng, made)
                            : households.make(household, rng, made, spec.children() - made);
                    household++;
                    made += h.children().size();
                    for (SyntheticChild child : h.children()) {
                        if (h.index() == 0 && child == h.children().getFirst()) {
                            new Showcase(events, identifiers).script(child);
                            notable.add(notable(NotableChild.Kind.SHOWCASE, child));
                        } else {
                            lifeCourse.live(child);
                        }
                    }
                    children.addAll(h.children());
                    if (number == 0 && frontDoor.isEmpty() && (made >= DemoCases.POOL || made >= spec.children())) {
                        frontDoor = demoCases.assign(children);
                    }
                }
                while (children.size() < batchSize && made >= spec.children() && heavyMade < spec.heavyChildren()) {
                    SyntheticChild heavy = heavy(household++, made + heavyMade++);
                    children.add(heavy);
                    notable.add(notable(NotableChild.Kind.HEAVY, heavy));
                }
                return batch(number++, children, notable, frontDoor, agencyViews);
            }
        };
    }

    private SyntheticChild heavy(int householdIndex, int childIndex) {
        Rng rng = new Rng(Rng.streamSeed(spec.seed(), householdIndex, HOUSEHOLD_STREAM));
        SyntheticChild child = households.makeSingle(householdIndex, rng, childIndex, 15, 2.8).children().getFirst();
        lifeCourse.live(child);
        new HeavyHistory(events).topUp(child, spec.heavyEvents());
        demoCases.leadOf(child, "Allocated social worker (benchmark child)");
        return child;
    }

    private ChildBatch batch(int number, List<SyntheticChild> children, List<NotableChild> notable,
                             List<FrontDoorCase> frontDoor, boolean agencyViews) {
        List<ChildRecord> records = new ArrayList<>(children.size());
        List<ChronologyEvent> all = new ArrayList<>();
        List<Grant> grants = new ArrayList<>();
        List<AgencyRecord> agencyRecords = new ArrayList<>();
        for (SyntheticChild child : children) {
            records.add(RecordMaker.record(child));
            all.addAll(child.events());
            grants.addAll(child.grants());
            if (agencyViews) {
                agencyRecords.addAll(views.records(child));
            }
        }
        return new ChildBatch(number, records, all, grants, frontDoor, agencyRecords, notable);
    }

    private static NotableChild notable(NotableChild.Kind kind, SyntheticChild child) {
        return new NotableChild(kind, child.id(), child.fullName(), child.events().size());
    }
}
