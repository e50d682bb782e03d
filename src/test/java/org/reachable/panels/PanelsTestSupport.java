package org.reachable.panels;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.reachable.agencies.OrganisationKind;
import org.reachable.identity.ChildRecord;
import org.reachable.identity.ChildRegister;
import org.reachable.identity.Ethnicity;
import org.reachable.identity.PersonName;
import org.reachable.identity.Sex;
import org.reachable.support.TestBorough;
import org.springframework.stereotype.Component;

/** Small builders for panel tests: extra children, and a panel whose members are a test borough's users. */
@Component
public class PanelsTestSupport {

    private final ChildRegister register;
    private final PanelHistory history;

    PanelsTestSupport(ChildRegister register, PanelHistory history) {
        this.register = register;
        this.history = history;
    }

    /** {@code n} more children in the register, named after the world's tag. */
    public List<UUID> children(TestBorough.World world, int n) {
        List<ChildRecord> records = new ArrayList<>();
        String[] given = {"Kofi", "Leah", "Daniel", "Maya", "Tyrese", "Aisha", "Ryan", "Zainab"};
        for (int i = 0; i < n; i++) {
            records.add(new ChildRecord(UUID.randomUUID(), LocalDate.now().minusYears(14).minusDays(30L * i), Sex.M,
                    Ethnicity.WBRI, List.of(new PersonName(PersonName.Kind.CURRENT, given[i % given.length],
                    "Panelchild" + world.tag() + (char) ('a' + i), null, null)), List.of(), List.of(), List.of()));
        }
        register.loadAll(records);
        return records.stream().map(ChildRecord::id).toList();
    }

    /** A panel with the world's manager as chair and {@code memberKeys} (world user keys) as members. */
    public UUID panel(TestBorough.World world, String name, String... memberKeys) {
        UUID panel = history.createPanel(name + " " + world.tag(), 2, "Test panel terms of reference", null);
        history.addMember(panel, world.organisations().get(OrganisationKind.CHILDRENS_SOCIAL_CARE).id(), "Chair",
                world.userIds().get("manager"), "manager " + world.tag(), true, LocalDate.now().minusMonths(1));
        for (String key : memberKeys) {
            history.addMember(panel, world.organisations().get(OrganisationKind.POLICE).id(), "Member " + key,
                    world.userIds().get(key), key + " " + world.tag(), false, LocalDate.now().minusMonths(1));
        }
        return panel;
    }

    public UUID meeting(UUID panel, Instant startsAt) {
        return history.scheduleMeeting(panel, startsAt, startsAt.plus(Duration.ofMinutes(90)));
    }

    public UUID onAgenda(UUID meeting, UUID child) {
        return history.addItem(meeting, new Subject(SubjectKind.CHILD, child), 15, "Test agenda item");
    }

    public PanelHistory history() {
        return history;
    }
}
