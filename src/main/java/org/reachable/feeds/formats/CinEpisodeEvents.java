package org.reachable.feeds.formats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reachable.chronology.EventType;
import org.reachable.chronology.NewEvent;

/**
 * The events of one CIN census episode (CINdetails): the referral, each assessment with its factors, each child in
 * need plan's start and end, and each child protection plan's start (with its initial category of abuse) and end.
 * Section 47 enquiries, the episode's closure and the initial conference have no event type in taxonomy version 1
 * and are written into the referral's summary instead.
 */
final class CinEpisodeEvents {

    /** A CIN event and the part of its source reference that tells it apart from the child's other events. */
    record KeyedEvent(String kind, NewEvent event) {
    }

    private static final Map<String, String> CATEGORIES = Map.of(
            "NEG", "NEGLECT", "PHY", "PHYSICAL", "EMO", "EMOTIONAL", "SAB", "SEXUAL", "MUL", "MULTIPLE");

    private final PlausibleDates dates;

    CinEpisodeEvents(PlausibleDates dates) {
        this.dates = dates;
    }

    List<KeyedEvent> read(XmlElement episode, RecordProblems problems) {
        List<KeyedEvent> events = new ArrayList<>();
        LocalDate referral = dates.read("CINdetails/CINreferralDate", episode.text("CINreferralDate"), problems);
        if (referral == null) {
            if (episode.text("CINreferralDate") == null) {
                problems.add("CINdetails/CINreferralDate", null, "Every CIN episode must give its referral date");
            }
            return events;
        }
        String episodeKey = "episode:" + referral;
        events.add(new KeyedEvent(episodeKey + "/referral", event(EventType.CSC_REFERRAL, referral,
                referralSummary(episode, problems), Map.of())));
        for (XmlElement assessment : episode.children("Assessments")) {
            LocalDate start = dates.read("Assessments/AssessmentActualStartDate",
                    assessment.text("AssessmentActualStartDate"), problems);
            if (start != null) {
                String factors = assessment.descendants("AssessmentFactors").stream().map(XmlElement::text)
                        .filter(f -> !f.isEmpty()).collect(Collectors.joining(","));
                events.add(new KeyedEvent(episodeKey + "/assessment:" + start, event(EventType.CSC_ASSESSMENT, start,
                        "Children's social care assessment started" + (factors.isEmpty() ? "."
                                : "; factors identified (CIN census codes): " + factors + "."),
                        factors.isEmpty() ? Map.of() : Map.of("factors", factors))));
            }
        }
        for (XmlElement plan : episode.children("CINPlanDates")) {
            add(events, episodeKey + "/cin-start", EventType.CIN_START, "CINPlanDates/CINPlanStartDate",
                    plan.text("CINPlanStartDate"), "Child in need plan started.", Map.of(), problems);
            add(events, episodeKey + "/cin-end", EventType.CIN_END, "CINPlanDates/CINPlanEndDate",
                    plan.text("CINPlanEndDate"), "Child in need plan ended.", Map.of(), problems);
        }
        for (XmlElement plan : episode.children("ChildProtectionPlans")) {
            String start = plan.text("CPPstartDate");
            add(events, episodeKey + "/cp-start:" + start, EventType.CP_START, "ChildProtectionPlans/CPPstartDate",
                    start, "Child protection plan started.", category(plan, problems), problems);
            add(events, episodeKey + "/cp-end:" + start, EventType.CP_END, "ChildProtectionPlans/CPPendDate",
                    plan.text("CPPendDate"), "Child protection plan ended.", Map.of(), problems);
        }
        return events;
    }

    private void add(List<KeyedEvent> events, String kind, EventType type, String field, String text, String summary,
                     Map<String, String> details, RecordProblems problems) {
        LocalDate date = dates.read(field, text, problems);
        if (date != null) {
            events.add(new KeyedEvent(kind, event(type, date, summary, details)));
        }
    }

    private static Map<String, String> category(XmlElement plan, RecordProblems problems) {
        String code = plan.text("InitialCategoryOfAbuse");
        if (code == null) {
            return Map.of();
        }
        String category = CATEGORIES.get(code.toUpperCase());
        if (category == null) {
            problems.add("ChildProtectionPlans/InitialCategoryOfAbuse", code,
                    "Unknown code; must be one of NEG, PHY, EMO, SAB, MUL");
            return Map.of();
        }
        return Map.of("category", category);
    }

    private String referralSummary(XmlElement episode, RecordProblems problems) {
        StringBuilder summary = new StringBuilder("Referral to children's social care");
        appendIf(summary, " from referral source ", episode.text("ReferralSource"), "");
        appendIf(summary, "; primary need ", episode.text("PrimaryNeedCode"), "");
        summary.append('.');
        if ("true".equalsIgnoreCase(episode.text("ReferralNFA")) || "1".equals(episode.text("ReferralNFA"))) {
            summary.append(" No further action after the referral.");
        }
        for (XmlElement s47 : episode.children("Section47")) {
            LocalDate start = dates.read("Section47/S47ActualStartDate", s47.text("S47ActualStartDate"), problems);
            if (start != null) {
                summary.append(" Section 47 enquiry started ").append(start).append('.');
            }
        }
        LocalDate closed = dates.read("CINdetails/CINclosureDate", episode.text("CINclosureDate"), problems);
        if (closed != null) {
            summary.append(" Episode closed ").append(closed);
            appendIf(summary, " (reason ", episode.text("ReasonForClosure"), ")");
            summary.append('.');
        }
        return summary.toString();
    }

    private static void appendIf(StringBuilder summary, String before, String value, String after) {
        if (value != null) {
            summary.append(before).append(value).append(after);
        }
    }

    private static NewEvent event(EventType type, LocalDate date, String summary, Map<String, String> details) {
        return new NewEvent(type.code(), date.toString(), summary, null, null, details);
    }
}
