package org.reachable.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.agencies.OrganisationKind;
import org.reachable.panels.ActionStatus;
import org.reachable.panels.AttendanceStatus;
import org.reachable.panels.PanelHistory;
import org.reachable.panels.Subject;
import org.reachable.panels.SubjectKind;

/**
 * The demo borough's panels: five panels in four tiers with members from seven agencies, six weeks of meetings with
 * attendance, minutes, actions (some done, some rolling forward) and an escalation, and the next meetings. Two
 * duplicates are deliberate, so the chair's duplication view has something true to show: one child is discussed by
 * pre-MACE and then MACE (on two panels), and another is discussed by pre-MACE three times with no action completed.
 */
public final class DemoPanels {

    /** Children the demo needs: the two duplicates and four others. */
    public static final int CHILDREN = 6;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The seats to fill: organisations by kind, and the demo users who sit on panels. */
    public record Seats(Map<OrganisationKind, UUID> organisations, UUID chairUserId, String chairName,
                        UUID memberUserId, String memberName, UUID mashUserId, String mashName) {
    }

    /** What was laid down, so the demo banner and tests can point at it. */
    public record Seeded(UUID dailyMeeting, UUID preMace, UUID engage, UUID mace, UUID roth, UUID onTwoPanels,
                         UUID discussedWithoutProgress, List<UUID> preMaceMeetings, List<UUID> maceMeetings) {
    }

    private final PanelHistory history;
    private final Seats seats;
    private final LocalDate today;

    private DemoPanels(PanelHistory history, Seats seats, LocalDate today) {
        this.history = history;
        this.seats = seats;
        this.today = today;
    }

    /** Lays the panels down around {@code today}; {@code label} (may be empty) is added to panel names. */
    public static Seeded seed(PanelHistory history, Seats seats, List<UUID> children, LocalDate today, String label) {
        if (children.size() < CHILDREN) {
            throw new IllegalArgumentException("The demo panels need " + CHILDREN + " children");
        }
        return new DemoPanels(history, seats, today).lay(children, label.isBlank() ? "" : " (" + label + ")");
    }

    private Seeded lay(List<UUID> c, String label) {
        UUID roth = history.createPanel("ROTH conference" + label, 4, "Child protection conference for risk outside "
                + "the home: agrees a multi-agency plan where a child is at significant harm from exploitation or "
                + "violence outside the family.", null);
        UUID mace = history.createPanel("MACE panel" + label, 3, "Multi-agency child exploitation panel: strategic "
                + "oversight of children at highest risk of exploitation, and of the peer groups, places and adults "
                + "of concern around them. Escalates to a ROTH conference.", roth);
        UUID preMace = history.createPanel("Pre-MACE / ROHOP panel" + label, 2, "Risk outside the home panel: "
                + "weekly review of children referred for extra-familial harm; agrees owned actions and escalates to "
                + "MACE when risk is not reducing.", mace);
        UUID engage = history.createPanel("ENGAGE panel" + label, 2, "Youth workers in custody and the emergency "
                + "department: reviews children met at a reachable moment and the offers of help made to them.", mace);
        UUID daily = history.createPanel("Daily safeguarding meeting" + label, 1, "Police, health and children's "
                + "social care review the last 24 hours' incidents involving children and agree immediate safety "
                + "actions. Escalates to pre-MACE.", preMace);
        for (UUID panel : List.of(roth, mace, preMace, engage, daily)) {
            seat(panel, OrganisationKind.CHILDRENS_SOCIAL_CARE, "Chair (children's social care)", seats.chairUserId(),
                    seats.chairName(), true);
            seat(panel, OrganisationKind.POLICE, "Police exploitation lead", null, "DS Priya Nair", false);
            seat(panel, OrganisationKind.SCHOOL, "Designated safeguarding lead", null, "Tom Adeyemi", false);
            seat(panel, OrganisationKind.CAMHS, "Health safeguarding nurse", null, "Grace Mensah", false);
            seat(panel, OrganisationKind.YOUTH_JUSTICE, "YJS case manager", null, "Leon Barker", false);
        }
        seat(preMace, OrganisationKind.CHILDRENS_SOCIAL_CARE, "Social worker", seats.memberUserId(),
                seats.memberName(), false);
        seat(mace, OrganisationKind.CHILDRENS_SOCIAL_CARE, "Social worker", seats.memberUserId(), seats.memberName(),
                false);
        seat(mace, OrganisationKind.COMMUNITY_SAFETY, "Violence reduction unit", null, "Hannah Cole", false);
        seat(engage, OrganisationKind.VOLUNTARY_COMMUNITY, "Youth worker (ENGAGE)", null, "Marcus Reid", false);
        seat(daily, OrganisationKind.MASH, "MASH practitioner", seats.mashUserId(), seats.mashName(), false);

        UUID thrice = c.get(0);
        UUID twoPanels = c.get(1);
        List<UUID> preMaceMeetings = new ArrayList<>();
        List<UUID> maceMeetings = new ArrayList<>();

        // Six weeks ago: pre-MACE. The first child's actions are never completed.
        UUID p1 = meeting(preMace, -42, true, Map.of(OrganisationKind.POLICE, AttendanceStatus.APOLOGIES));
        preMaceMeetings.add(p1);
        UUID p1a = item(p1, thrice, "Missing three times this month; found with older males", "Child has been "
                + "going missing and is reported to be with older males out of borough.", "Refer for a return home "
                + "interview and a disruption plan.");
        UUID stuck1 = history.raiseAction(p1a, "Return home interview after each missing episode",
                org(OrganisationKind.CHILDRENS_SOCIAL_CARE), seats.chairName(), day(-35), at(-42, 11));
        UUID stuck2 = history.raiseAction(p1a, "Share intelligence on the adults seen with the child",
                org(OrganisationKind.POLICE), "DS Priya Nair", day(-28), at(-42, 11));
        UUID p1b = item(p1, c.get(2), "Permanent exclusion; reachable moment", "The child was permanently excluded "
                + "after a knife was found; adults may be asking the child to carry it.", "Education to find a "
                + "place at alternative provision within five days.");
        UUID done1 = history.raiseAction(p1b, "Alternative provision place from Monday",
                org(OrganisationKind.SCHOOL), "Tom Adeyemi", day(-37), at(-42, 11));
        history.updateAction(done1, ActionStatus.DONE, "Started at the PRU; attending well.", "Tom Adeyemi", null,
                at(-37, 15));

        // Five weeks ago: MACE.
        UUID m1 = meeting(mace, -35, true, Map.of(OrganisationKind.SCHOOL, AttendanceStatus.APOLOGIES));
        maceMeetings.add(m1);
        UUID m1a = item(m1, c.get(3), "Linked to a stabbing; criminal exploitation", "The child was treated for a "
                + "stab wound; the account suggests the child is being criminally exploited.", "Safety plan and "
                + "referral to the National Referral Mechanism.");
        UUID done2 = history.raiseAction(m1a, "National Referral Mechanism referral",
                org(OrganisationKind.CHILDRENS_SOCIAL_CARE), seats.chairName(), day(-28), at(-35, 11));
        history.updateAction(done2, ActionStatus.DONE, "Referral made; reasonable grounds decision received.",
                seats.chairName(), null, at(-30, 12));

        // Four weeks ago: pre-MACE again. The first child's actions roll forward; the second child is escalated.
        UUID p2 = meeting(preMace, -28, true, Map.of(OrganisationKind.CAMHS, AttendanceStatus.ABSENT));
        preMaceMeetings.add(p2);
        UUID p2a = item(p2, thrice, "Open actions; still going missing", "Return home interviews have not happened; "
                + "two more missing episodes.", "Actions stay open; chair to ask managers why.");
        history.updateAction(stuck1, ActionStatus.IN_PROGRESS, "One of three interviews done.", seats.chairName(), p2,
                at(-28, 10));
        history.raiseAction(p2a, "Map the adults and places linked to the missing episodes",
                org(OrganisationKind.POLICE), "DS Priya Nair", day(-21), at(-28, 11));
        UUID p2b = item(p2, twoPanels, "Seen with adults of concern; cash and new phones", "The child has new phones "
                + "and cash; adults of concern are contacting the child.", "Escalate to MACE: risk is rising.");
        history.raiseAction(p2b, "Safety plan agreed with the child and family", org(OrganisationKind.YOUTH_JUSTICE),
                "Leon Barker", day(-21), at(-28, 11));
        history.escalate(p2b, mace, "Risk from adults of concern is rising despite the plan", at(-28, 11));
        item(p2, c.get(2), "Review after alternative provision", "Attending the PRU; no new concerns.",
                "No further panel action; the lead practitioner continues the plan.");

        // Three weeks ago: ENGAGE.
        UUID e1 = meeting(engage, -21, true, Map.of());
        UUID e1a = item(e1, c.get(4), "Met by a youth worker in custody", "The child accepted a call from the youth "
                + "worker after release.", "Offer mentoring; review at the next ENGAGE panel.");
        history.raiseAction(e1a, "Mentoring offer and first session", org(OrganisationKind.VOLUNTARY_COMMUNITY),
                "Marcus Reid", day(7), at(-21, 11));

        // Two weeks ago: pre-MACE for the third time; still nothing done for the first child.
        UUID p3 = meeting(preMace, -14, true, Map.of(OrganisationKind.CAMHS, AttendanceStatus.ABSENT,
                OrganisationKind.POLICE, AttendanceStatus.APOLOGIES));
        preMaceMeetings.add(p3);
        item(p3, thrice, "Third discussion; open actions", "Actions still open; the child was missing again.",
                "Chair to escalate the delay to service managers.");
        history.updateAction(stuck2, ActionStatus.IN_PROGRESS, "Intelligence request made; awaiting reply.",
                "DS Priya Nair", p3, at(-14, 10));

        // Last week: MACE discusses the escalated child (on two panels now).
        UUID m2 = meeting(mace, -7, true, Map.of(OrganisationKind.CAMHS, AttendanceStatus.APOLOGIES));
        maceMeetings.add(m2);
        UUID m2a = item(m2, twoPanels, "Escalated from pre-MACE", "Adults of concern identified; the child may have "
                + "been groomed through social media.", "Disruption plan for the adults; trusted adult at school.");
        history.raiseAction(m2a, "Disruption notices for the adults of concern", org(OrganisationKind.POLICE),
                "DS Priya Nair", day(7), at(-7, 11));

        // Yesterday: the daily meeting.
        UUID d1 = meeting(daily, -1, true, Map.of());
        item(d1, c.get(5), "Robbed near the station overnight", "The child was robbed by two older males.",
                "Police to see the child today; refer to pre-MACE.");

        // Coming up: pre-MACE tomorrow (members' access window is open now), ENGAGE and MACE later.
        UUID p4 = meeting(preMace, 1, false, Map.of());
        preMaceMeetings.add(p4);
        history.addItem(p4, new Subject(SubjectKind.CHILD, c.get(5)), 15, "Referred from the daily meeting");
        meeting(engage, 3, false, Map.of());
        maceMeetings.add(meeting(mace, 14, false, Map.of()));
        history.recorded("Loaded the demo borough's panels: 5 panels, " + (preMaceMeetings.size()
                + maceMeetings.size() + 3) + " meetings (synthetic, fictional)");
        return new Seeded(daily, preMace, engage, mace, roth, twoPanels, thrice, preMaceMeetings, maceMeetings);
    }

    private void seat(UUID panel, OrganisationKind kind, String role, UUID userId, String name, boolean chair) {
        history.addMember(panel, org(kind), role, userId, name, chair, today.minusMonths(6));
    }

    /** A meeting {@code offset} days from today at 10:00 for 90 minutes; held ones have attendance. */
    private UUID meeting(UUID panel, int offset, boolean held, Map<OrganisationKind, AttendanceStatus> notPresent) {
        Instant start = at(offset, 10);
        UUID id = history.scheduleMeeting(panel, start, start.plus(Duration.ofMinutes(90)));
        if (held) {
            for (OrganisationKind kind : List.of(OrganisationKind.CHILDRENS_SOCIAL_CARE, OrganisationKind.POLICE,
                    OrganisationKind.SCHOOL, OrganisationKind.CAMHS, OrganisationKind.YOUTH_JUSTICE)) {
                history.attend(id, org(kind), kind.label() + " representative", kind.label() + " lead",
                        notPresent.getOrDefault(kind, AttendanceStatus.PRESENT));
            }
        }
        return id;
    }

    private UUID item(UUID meeting, UUID child, String reason, String minutes, String decision) {
        UUID item = history.addItem(meeting, new Subject(SubjectKind.CHILD, child), 15, reason);
        history.minute(item, minutes, decision, "The social worker explained the panel's plan to the child and "
                + "their parent.", null);
        return item;
    }

    private UUID org(OrganisationKind kind) {
        UUID id = seats.organisations().get(kind);
        return id != null ? id : seats.organisations().get(OrganisationKind.CHILDRENS_SOCIAL_CARE);
    }

    private LocalDate day(int offset) {
        return today.plusDays(offset);
    }

    private Instant at(int offset, int hour) {
        return today.plusDays(offset).atTime(LocalTime.of(hour, 0)).atZone(LONDON).toInstant();
    }
}
