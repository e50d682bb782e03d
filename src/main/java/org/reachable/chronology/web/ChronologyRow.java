package org.reachable.chronology.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.reachable.chronology.ChronologyEntry;

/**
 * One chronology entry as the page shows it, with its words and dates worked out once in Java. The page lists up to
 * 100 entries; evaluating each value once here, rather than through several template expressions per row, keeps the
 * page fast for children with thousands of entries.
 */
record ChronologyRow(String occurredIso, String occurredText, String recordedText, String agency, String type,
                     String sensitivityTag, boolean withheld, boolean isNew, String summary, String childWords,
                     List<ChronologyEntry.Detail> details, String recordedBy, String source) {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(LONDON);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
            .withZone(LONDON);

    static ChronologyRow of(ChronologyEntry e) {
        String tag = switch (e.sensitivity()) {
            case STANDARD -> null;
            case SENSITIVE -> "Sensitive";
            case RESTRICTED -> "Restricted";
        };
        return new ChronologyRow(e.occurredAt().toString(), DATE_TIME.format(e.occurredAt()),
                DATE.format(e.recordedAt()), e.organisationName(), e.type().label(), tag, e.withheld(), e.isNew(),
                e.summary(), e.childWords(), e.details(), e.recordedBy(), e.sourceSystem() + " " + e.sourceRef());
    }
}
