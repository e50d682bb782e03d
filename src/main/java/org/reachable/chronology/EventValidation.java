package org.reachable.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.reachable.platform.validation.Checks;

/** Checks a new event against the taxonomy: type, dates, text limits and each type-specific detail. */
final class EventValidation {

    static final int MAX_SUMMARY = 4_000;
    static final int MAX_CHILD_WORDS = 4_000;
    static final int MAX_DETAIL_TEXT = 200;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private EventValidation() {
    }

    record Valid(EventType type, Instant occurredAt, String summary, String childWords, Sensitivity sensitivity,
                 Map<String, String> details) {
    }

    /** Returns the valid event, or records problems in {@code checks} and returns null. */
    static Valid check(NewEvent e, LocalDate dateOfBirth, Instant now, Checks checks) {
        EventType type = checks.code("type", e.type(), EventType::fromCode, EventType.allowedCodes());
        Instant occurred = occurredAt(e.occurredAt(), dateOfBirth, now, checks);
        String summary = checks.text("summary", e.summary(), MAX_SUMMARY, "Enter what happened");
        String childWords = checks.optionalText("childWords", e.childWords(), MAX_CHILD_WORDS);
        Sensitivity sensitivity = e.sensitivity() == null || e.sensitivity().isBlank() ? Sensitivity.STANDARD
                : checks.code("sensitivity", e.sensitivity(), EventValidation::sensitivity,
                "STANDARD, SENSITIVE, RESTRICTED");
        Map<String, String> details = type == null ? Map.of() : details(type, e.details(), checks);
        return checks.ok() ? new Valid(type, occurred, summary, childWords, sensitivity, details) : null;
    }

    private static Instant occurredAt(String text, LocalDate dateOfBirth, Instant now, Checks checks) {
        if (text == null || text.isBlank()) {
            checks.problem("occurredAt", text, "Enter when it happened");
            return null;
        }
        Instant instant;
        try {
            instant = text.contains("T")
                    ? LocalDateTime.parse(text.strip()).atZone(LONDON).toInstant()
                    : LocalDate.parse(text.strip()).atStartOfDay(LONDON).toInstant();
        } catch (DateTimeParseException e) {
            checks.problem("occurredAt", text, "Must be a real date (yyyy-mm-dd) or date and time (yyyy-mm-ddThh:mm)");
            return null;
        }
        if (instant.isAfter(now)) {
            checks.problem("occurredAt", text, "Must not be in the future");
            return null;
        }
        if (dateOfBirth != null && instant.isBefore(dateOfBirth.atStartOfDay(LONDON).toInstant())) {
            checks.problem("occurredAt", text, "Must not be before the child's date of birth (" + dateOfBirth + ")");
            return null;
        }
        return instant;
    }

    private static Map<String, String> details(EventType type, Map<String, String> given, Checks checks) {
        Map<String, String> supplied = given == null ? Map.of() : given;
        Map<String, String> valid = new HashMap<>();
        for (String name : supplied.keySet()) {
            if (type.attributes().stream().noneMatch(a -> a.name().equals(name))) {
                checks.problem("details." + name, supplied.get(name), "Not a detail of " + type.label()
                        + "; allowed: " + type.attributes().stream().map(Attribute::name).toList());
            }
        }
        for (Attribute attribute : type.attributes()) {
            String value = supplied.get(attribute.name());
            String field = "details." + attribute.name();
            if (value == null || value.isBlank()) {
                checks.require(!attribute.required(), field, value, "Enter " + attribute.label().toLowerCase());
                continue;
            }
            String v = value.strip();
            switch (attribute.kind()) {
                case CODE -> {
                    if (attribute.allowed().contains(v.toUpperCase())) {
                        valid.put(attribute.name(), v.toUpperCase());
                    } else {
                        checks.problem(field, value, "Unknown code; must be one of: "
                                + String.join(", ", attribute.allowed()));
                    }
                }
                case NUMBER -> {
                    if (v.matches("\\d{1,6}(\\.\\d{1,2})?")
                            && (!attribute.name().equals("percentage") || Double.parseDouble(v) <= 100)) {
                        valid.put(attribute.name(), v);
                    } else {
                        checks.problem(field, value, attribute.name().equals("percentage")
                                ? "Must be a number from 0 to 100" : "Must be a number of 0 or more");
                    }
                }
                case YES_NO -> {
                    Optional<String> yesNo = switch (v.toLowerCase()) {
                        case "true", "yes" -> Optional.of("true");
                        case "false", "no" -> Optional.of("false");
                        default -> Optional.empty();
                    };
                    yesNo.ifPresentOrElse(b -> valid.put(attribute.name(), b),
                            () -> checks.problem(field, value, "Must be yes or no"));
                }
                case TEXT -> {
                    String text = checks.optionalText(field, v, MAX_DETAIL_TEXT);
                    if (text != null) {
                        valid.put(attribute.name(), text);
                    }
                }
            }
        }
        return valid;
    }

    private static Optional<Sensitivity> sensitivity(String code) {
        try {
            return Optional.of(Sensitivity.valueOf(code.toUpperCase()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
