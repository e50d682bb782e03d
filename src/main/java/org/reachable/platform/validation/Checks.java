package org.reachable.platform.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Collects field problems while a use case checks its input, then throws them all at once so a person sees every
 * mistake in one go.
 */
public final class Checks {

    private final List<FieldProblem> problems = new ArrayList<>();

    public Checks problem(String field, Object value, String message) {
        problems.add(new FieldProblem(field, value == null ? null : String.valueOf(value), message));
        return this;
    }

    public Checks require(boolean ok, String field, Object value, String message) {
        if (!ok) {
            problem(field, value, message);
        }
        return this;
    }

    /** Text that must be present and at most {@code max} characters long. Returns it trimmed, or null. */
    public String text(String field, String value, int max, String missingMessage) {
        if (value == null || value.isBlank()) {
            problem(field, value, missingMessage);
            return null;
        }
        return optionalText(field, value, max);
    }

    /** Text that may be absent but, when given, is at most {@code max} characters long. */
    public String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            problem(field, trimmed, "Must be " + max + " characters or fewer (it has " + trimmed.length() + ")");
            return null;
        }
        return trimmed;
    }

    /** An ISO date (yyyy-mm-dd) that is real and not in the future. */
    public LocalDate pastDate(String field, String value, LocalDate today, String missingMessage) {
        if (value == null || value.isBlank()) {
            problem(field, value, missingMessage);
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isAfter(today)) {
                problem(field, value, "Must be today or in the past");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problem(field, value, "Must be a real date in the form yyyy-mm-dd");
            return null;
        }
    }

    /** A code from a closed list; the message names what is allowed. */
    public <T> T code(String field, String value, Function<String, Optional<T>> lookup, String allowed) {
        if (value == null || value.isBlank()) {
            problem(field, value, "Choose one of: " + allowed);
            return null;
        }
        Optional<T> found = lookup.apply(value.strip());
        if (found.isEmpty()) {
            problem(field, value, "Unknown code; must be one of: " + allowed);
            return null;
        }
        return found.get();
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
