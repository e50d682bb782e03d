package org.reachable.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reachable.access.Relationships.Grant;
import org.reachable.agencies.OrganisationKind;
import org.reachable.agencies.Practitioner;
import org.reachable.chronology.EventType;
import org.reachable.synthetic.events.EventMaker;
import org.reachable.synthetic.partnership.Directory;
import org.reachable.synthetic.people.SyntheticChild;
import org.reachable.synthetic.place.SchoolCalendar;

/**
 * Gives the demo logins their caseloads from the first batch: the practitioner is in the team around several
 * children, the manager leads a few, and MASH has a handful of contacts received in the last days and still open.
 */
final class DemoCases {

    /** The demo caseloads come from the first children generated, whatever the batch size. */
    static final int POOL = 2_000;
    static final int PRACTITIONER_TEAM = 6;
    static final int MANAGER_LEADS = 3;
    static final int FRONT_DOOR = 5;
    private static final String[][] CONTACTS = {
            {"Police (6)", "police", "a missing episode overnight; found with older males in another borough"},
            {"School (2A)", "the school", "the child told a teacher that adults are asking them to carry packages"},
            {"A&E (3E)", "the emergency department", "an assault injury; the account given was unclear"},
            {"School (2A)", "the school", "bruising seen during PE and a worried account of home"},
            {"Police (6)", "police", "domestic abuse at home; the child was present"}};

    private final Directory directory;
    private final EventMaker events;
    private final String namespace;

    DemoCases(Directory directory, EventMaker events, String namespace) {
        this.directory = directory;
        this.events = events;
        this.namespace = namespace;
    }

    List<FrontDoorCase> assign(List<SyntheticChild> batch) {
        LocalDate today = events.timeline().today();
        List<SyntheticChild> candidates = batch.stream()
                .filter(c -> c.household().index() != 0)
                .filter(c -> c.ageOn(today) >= 8 && c.ageOn(today) <= 17)
                .sorted(Comparator.comparing((SyntheticChild c) -> c.tier().ordinal()).reversed()
                        .thenComparing(c -> -c.events().size()).thenComparing(SyntheticChild::index))
                .toList();
        Practitioner practitioner = demo("practitioner.demo");
        Practitioner manager = demo("manager.demo");
        int next = 0;
        for (int i = 0; i < PRACTITIONER_TEAM && next < candidates.size(); i++) {
            grant(candidates.get(next++), practitioner, false, "Social worker in the team around the child");
        }
        for (int i = 0; i < MANAGER_LEADS && next < candidates.size(); next++) {
            SyntheticChild child = candidates.get(next);
            if (child.grants().stream().noneMatch(Grant::lead)) {
                grant(child, manager, true, "Team manager (lead practitioner)");
                i++;
            }
        }
        List<FrontDoorCase> cases = new ArrayList<>();
        for (int i = 0; i < FRONT_DOOR && next < candidates.size(); i++) {
            cases.add(contact(candidates.get(next++), i));
        }
        return cases;
    }

    void leadOf(SyntheticChild child, String description) {
        grant(child, demo("practitioner.demo"), true, description);
    }

    private FrontDoorCase contact(SyntheticChild child, int i) {
        LocalDate day = events.timeline().today().minusDays(1 + i % 3);
        while (!SchoolCalendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        Instant at = events.timeline().at(day, 9 + i, 20);
        String[] contact = CONTACTS[i % CONTACTS.length];
        events.draft(child, EventType.CSC_CONTACT, at).by(directory.one(OrganisationKind.MASH), "MASH social")
                .says("The MASH received a contact from " + contact[1] + " about " + child.knownAs() + ": "
                        + contact[2] + ". A decision is due within one working day.").detail("source", contact[0])
                .add();
        String reference = (namespace.isEmpty() ? "" : namespace.toUpperCase() + "-") + "FD-" + day.getYear() + "-"
                + String.format("%05d", 1_000 + i);
        return new FrontDoorCase(child.id(), reference, at);
    }

    private void grant(SyntheticChild child, Practitioner practitioner, boolean lead, String description) {
        child.grants().add(new Grant(child.id(), directory.accountOf(practitioner), lead, description,
                events.timeline().today().minusDays(45)));
    }

    private Practitioner demo(String username) {
        return directory.demoUsers().stream().filter(d -> d.username().endsWith(username)).findFirst()
                .orElseThrow().practitioner();
    }
}
