package org.reachable.feeds.formats;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reachable.chronology.EventType;
import org.reachable.chronology.NewEvent;

/**
 * What a Common Transfer File says happened to one pupil, as taxonomy events: the school move itself, each period of
 * SEN support or EHC plan in the SEN history, and each school year whose attendance was below the persistent-absence
 * threshold. Looked-after status has no event type of its own (the CTF says the pupil is looked after, not when that
 * began), so it is written into the school move's summary.
 */
final class CtfPupilEvents {

    /** DfE persistent absence: missing 10% or more of possible sessions, i.e. attendance below 90%. */
    static final double ATTENDANCE_THRESHOLD = 90.0;

    /** A CTF event and the part of its source reference that tells it apart from the pupil's other events. */
    record KeyedEvent(String kind, NewEvent event) {
    }

    private final PlausibleDates dates;

    CtfPupilEvents(PlausibleDates dates) {
        this.dates = dates;
    }

    List<KeyedEvent> read(XmlElement pupil, CtfHeader header, String name, RecordProblems problems) {
        List<KeyedEvent> events = new ArrayList<>();
        if (header.dateTime() != null) {
            events.add(schoolMove(pupil, header, name, problems));
            events.addAll(sen(pupil, header, problems));
            events.addAll(attendance(pupil, header, name, problems));
        }
        return events;
    }

    private KeyedEvent schoolMove(XmlElement pupil, CtfHeader header, String name, RecordProblems problems) {
        LocalDate date = header.dateTime().toLocalDate();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("fromSchool", header.sourceSchool());
        details.put("midYear", Boolean.toString(isMidYear(date)));
        String summary = name + " is moving from " + header.sourceSchool() + " to " + header.destinationSchool()
                + " (Common Transfer File made " + date + ")." + lookedAfter(pupil, problems);
        return new KeyedEvent("school-move", new NewEvent(EventType.SCHOOL_MOVE.code(), date.toString(), summary,
                null, null, details));
    }

    /** Moves between October and June are mid-year; July to September is the usual transition between schools. */
    private static boolean isMidYear(LocalDate date) {
        return date.getMonth().compareTo(Month.OCTOBER) >= 0 || date.getMonth().compareTo(Month.JUNE) <= 0;
    }

    private static String lookedAfter(XmlElement pupil, RecordProblems problems) {
        String inCare = pupil.text("LookedAfter", "InCare");
        if (inCare == null) {
            return "";
        }
        String authority = pupil.text("LookedAfter", "CareAuthority");
        return switch (inCare.toLowerCase()) {
            case "true", "1" -> " The school records the pupil as looked after"
                    + (authority == null ? "." : " by the local authority with LA code " + authority + ".");
            case "false", "0" -> " The school records the pupil as not looked after.";
            default -> {
                problems.add("LookedAfter/InCare", inCare, "Must be true or false");
                yield "";
            }
        };
    }

    private List<KeyedEvent> sen(XmlElement pupil, CtfHeader header, RecordProblems problems) {
        List<KeyedEvent> events = new ArrayList<>();
        List<String> needs = needsByRank(pupil);
        for (XmlElement sen : pupil.descendants("SEN")) {
            String provision = sen.text("SENprovision");
            EventType type = provision == null ? null : switch (provision.toUpperCase()) {
                case "E" -> EventType.EHCP_ISSUED;
                case "K" -> EventType.SEN_SUPPORT;
                case "N" -> null;
                default -> {
                    problems.add("SENhistory/SEN/SENprovision", provision, "Unknown code; must be E, K or N");
                    yield null;
                }
            };
            if (type == null) {
                continue;
            }
            LocalDate start = dates.read("SENhistory/SEN/StartDate", sen.text("StartDate"), problems);
            LocalDate on = start != null ? start : header.dateTime().toLocalDate();
            Map<String, String> details = needs.isEmpty() ? Map.of() : Map.of("need", needs.getFirst());
            String summary = (type == EventType.EHCP_ISSUED ? "Education, health and care plan" : "SEN support")
                    + (start != null ? " from " + start : " (start date not given)")
                    + (needs.isEmpty() ? "" : "; needs in order: " + String.join(", ", needs))
                    + ". From the Common Transfer File sent by " + header.sourceSchool() + ".";
            events.add(new KeyedEvent("sen:" + provision.toUpperCase() + ":" + (start != null ? start : "undated"),
                    new NewEvent(type.code(), on.toString(), summary, null, null, details)));
        }
        return events;
    }

    /** SEN need codes, primary first (SENtypeRank 1), wherever the CTF version puts the SENneeds list. */
    private static List<String> needsByRank(XmlElement pupil) {
        return pupil.descendants("SENneed").stream()
                .filter(need -> need.text("SENtype") != null)
                .sorted(Comparator.comparingInt(need -> rank(need.text("SENtypeRank"))))
                .map(need -> need.text("SENtype").toUpperCase()).distinct().toList();
    }

    private static int rank(String text) {
        return text != null && text.matches("\\d{1,3}") ? Integer.parseInt(text) : Integer.MAX_VALUE;
    }

    private List<KeyedEvent> attendance(XmlElement pupil, CtfHeader header, String name, RecordProblems problems) {
        List<KeyedEvent> events = new ArrayList<>();
        for (XmlElement year : pupil.descendants("YearData")) {
            CtfAttendance.Year sessions = CtfAttendance.read(year, problems);
            if (sessions == null || sessions.percentage() >= ATTENDANCE_THRESHOLD) {
                continue;
            }
            // The figure covers a school year; it is known at the year's end, or when the file was made if sooner.
            LocalDate made = header.dateTime().toLocalDate();
            LocalDate yearEnd = sessions.startYear() == null ? made : LocalDate.of(sessions.startYear() + 1, 7, 31);
            LocalDate on = yearEnd.isBefore(made) ? yearEnd : made;
            String percentage = String.format("%.1f", sessions.percentage());
            String label = sessions.startYear() == null ? "this school year"
                    : "the " + sessions.startYear() + " to " + (sessions.startYear() + 1) + " school year";
            String summary = name + " attended " + sessions.attended() + " of " + sessions.possible()
                    + " possible sessions (" + percentage + "%) in " + label + " at " + header.sourceSchool() + ".";
            events.add(new KeyedEvent("attendance:" + (sessions.startYear() == null ? "current" : sessions.startYear()),
                    new NewEvent(EventType.ATTENDANCE_BELOW_THRESHOLD.code(), on.toString(), summary, null, null,
                            Map.of("percentage", percentage))));
        }
        return events;
    }
}
