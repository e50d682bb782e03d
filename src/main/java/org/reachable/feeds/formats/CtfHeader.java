package org.reachable.feeds.formats;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The Common Transfer File header: which school sent the file, to which school, and when. Source and destination are
 * DfE LA codes (3 digits) and establishment numbers (4 digits); a destination that is not known (a pupil leaving for
 * an unknown school, sent to the lost pupils database) has letters instead of digits and is reported as "not known".
 */
record CtfHeader(String sourceLea, String sourceEstab, String sourceName, String destLea, String destEstab,
                 String dateTimeText, LocalDateTime dateTime) {

    static final CtfHeader MISSING = new CtfHeader(null, null, null, null, null, null, null);

    static CtfHeader from(XmlElement header) {
        String text = header.text("DateTime");
        LocalDateTime dateTime = null;
        if (text != null) {
            try {
                dateTime = LocalDateTime.parse(text).truncatedTo(ChronoUnit.MINUTES);
            } catch (DateTimeParseException e) {
                dateTime = null;
            }
        }
        return new CtfHeader(header.text("SourceSchool", "LEA"), header.text("SourceSchool", "Estab"),
                header.text("SourceSchool", "SchoolName"), header.text("DestSchool", "LEA"),
                header.text("DestSchool", "Estab"), text, dateTime);
    }

    /** Reports what makes the header unusable for this pupil; the pupil's records need a sender and a date. */
    void check(RecordProblems problems) {
        if (sourceLea == null || !sourceLea.matches("\\d{3}") || sourceEstab == null || !sourceEstab.matches("\\d{4}")) {
            problems.add("Header/SourceSchool", sourceLea + "/" + sourceEstab,
                    "The file header must name the sending school: LEA (3 digits) and Estab (4 digits)");
        }
        if (dateTime == null || dateTime.getYear() < PlausibleDates.EARLIEST_YEAR) {
            problems.add("Header/DateTime", dateTimeText,
                    "The file header must give when the file was made, as yyyy-mm-ddThh:mm:ss");
        }
    }

    /** "ctf:2013614": the sending school's LA code and establishment number. */
    String sourceSystem() {
        return "ctf:" + sourceLea + sourceEstab;
    }

    String sourceSchool() {
        String code = "LA " + sourceLea + ", establishment " + sourceEstab;
        return sourceName == null ? code : sourceName + " (" + code + ")";
    }

    String destinationSchool() {
        boolean known = destLea != null && destLea.matches("\\d{3}") && destEstab != null && destEstab.matches("\\d{4}");
        return known ? "the school with LA " + destLea + ", establishment " + destEstab : "a school not yet known";
    }

    /** The part of every reference that says which transfer this is: the same file always gives the same value. */
    String transferFingerprint() {
        return Fingerprint.of(sourceLea, sourceEstab, destLea, destEstab, dateTimeText);
    }
}
