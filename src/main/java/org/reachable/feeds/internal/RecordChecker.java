package org.reachable.feeds.internal;

import java.time.Instant;
import java.util.regex.Pattern;
import org.reachable.chronology.CheckedEvent;
import org.reachable.chronology.ReceiveEvents;
import org.reachable.feeds.IncomingPerson;
import org.reachable.feeds.IncomingRecord;
import org.reachable.feeds.Provenance;
import org.reachable.identity.MatchPerson;
import org.reachable.identity.PersonDetails;
import org.reachable.identity.PersonToMatch;
import org.reachable.platform.validation.Checks;
import org.springframework.stereotype.Component;

/**
 * Checks one agency record against every rule: where it comes from, the person (identity's rules: names, date of birth
 * 0-24 years, identifiers with their check digits, codes, postcode) and the event (the taxonomy's rules). Every broken
 * rule is reported, with the field, the value and the rule.
 */
@Component
public class RecordChecker {

    static final int MAX_REFERENCE = 200;
    private static final Pattern SOURCE_SYSTEM = Pattern.compile("[A-Za-z0-9._:/ -]{1,100}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final MatchPerson match;
    private final ReceiveEvents events;

    RecordChecker(MatchPerson match, ReceiveEvents events) {
        this.match = match;
        this.events = events;
    }

    /** A NUL character cannot be stored as text; it means a binary or UTF-16 file, or a corrupted record. */
    private static void noNulCharacters(IncomingRecord r, Checks checks) {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        if (r.event() != null) {
            fields.put("event.summary", r.event().summary());
            fields.put("event.childWords", r.event().childWords());
            if (r.event().details() != null) {
                r.event().details().forEach((k, v) -> fields.put("event.details." + k, v));
            }
        }
        if (r.person() != null) {
            fields.put("person.givenNames", r.person().givenNames());
            fields.put("person.familyName", r.person().familyName());
            fields.put("person.addressLine", r.person().addressLine());
            fields.put("person.otherNames", String.join(" ", r.person().otherNames()));
        }
        fields.put("recordedBy", r.recordedBy());
        fields.forEach((field, value) -> {
            if (value instanceof String text && text.indexOf('\u0000') >= 0) {
                checks.problem(field, text.replace('\u0000', '?'), "Must not contain NUL characters");
            }
        });
    }

    /** A record that passed every rule, ready to be linked and written. */
    public record Accepted(String sourceSystem, String reference, String recordedBy, PersonToMatch person,
                           CheckedEvent event, String file, Long line) {
    }

    /**
     * The accepted record, or null with its problems in {@code checks}. A blank source system takes
     * {@code defaultSourceSystem}; a blank recorder, {@code defaultRecordedBy}.
     */
    public Accepted check(IncomingRecord r, String defaultSourceSystem, String defaultRecordedBy, Instant now,
                          Checks checks) {
        Provenance p = r.provenance() == null ? new Provenance(null, null, null, null) : r.provenance();
        String system = p.sourceSystem() == null || p.sourceSystem().isBlank() ? defaultSourceSystem
                : p.sourceSystem().strip();
        if (system == null || !SOURCE_SYSTEM.matcher(system).matches()) {
            checks.problem("sourceSystem", system, "Enter the sending system's name: 1 to 100 letters, digits, "
                    + "spaces or . _ : / -");
        }
        String reference = checks.text("reference", p.sourceReference(), MAX_REFERENCE,
                "Enter the record's reference in the sending system");
        if (reference != null && CONTROL.matcher(reference).find()) {
            checks.problem("reference", reference, "Must not contain control characters");
        }
        String recordedBy = checks.optionalText("recordedBy", r.recordedBy(), 200);
        IncomingPerson ip = r.person() == null
                ? new IncomingPerson(null, null, null, null, null, null, null, null, null) : r.person();
        PersonToMatch person = match.check(new PersonDetails(ip.givenNames(), ip.familyName(), ip.otherNames(),
                ip.dateOfBirth(), ip.sex(), ip.ethnicity(), ip.addressLine(), ip.postcode(), ip.identifiers()),
                checks, "person.");
        CheckedEvent event = events.check(r.event(), r.recordedAt(), person == null ? null : person.dateOfBirth(),
                now, checks, "event.");
        noNulCharacters(r, checks);
        if (!checks.ok()) {
            return null;
        }
        return new Accepted(system, reference, recordedBy == null ? defaultRecordedBy : recordedBy, person, event,
                p.file(), p.line());
    }
}
