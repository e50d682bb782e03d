package org.reachable.moments.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.reachable.chronology.Attribute;
import org.reachable.chronology.EventFamily;
import org.reachable.chronology.EventType;
import org.reachable.platform.validation.Checks;

/**
 * Reads a rule from its JSON definition (the form the partnership edits and the database keeps), naming every
 * problem by its place in the definition, the value found and the rule broken. Refuses anything that would let a rule
 * see a protected characteristic.
 */
public final class RuleParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RULE_FIELDS = Set.of("key", "name", "kind", "trigger", "rationale", "evidence",
            "nextSteps", "suppressionDays", "escalateAfterHours", "condition");
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Words that name a protected characteristic; no part of a rule may mention one. */
    private static final Pattern PROTECTED = Pattern.compile(
            "(?i).*(ethnic|race|racial|religio|faith|belief|sex|gender|disab|nationality|sexuality).*");
    static final String PROTECTED_MESSAGE = "Rules may not use ethnicity, religion, sex or disability: an alert must "
            + "follow from what has happened to a child, not from who they are";

    private RuleParser() {
    }

    /** The rule, or an InvalidInputException naming every problem. */
    public static MomentRule parse(String definition) {
        Checks checks = new Checks();
        JsonNode root;
        try {
            root = JSON.readTree(definition);
        } catch (JsonProcessingException e) {
            checks.problem("definition", abbreviate(definition), "Must be valid JSON: "
                    + e.getOriginalMessage());
            checks.throwIfAny();
            throw new IllegalStateException("unreachable");
        }
        MomentRule rule = root == null || !root.isObject() ? null : rule(root, checks);
        if (rule == null) {
            checks.problem("definition", abbreviate(definition), "Must be a JSON object describing one rule");
        }
        checks.throwIfAny();
        return rule;
    }

    private static MomentRule rule(JsonNode node, Checks checks) {
        node.fieldNames().forEachRemaining(f -> {
            if (!RULE_FIELDS.contains(f)) {
                checks.problem(f, f, "Is not a rule field; allowed: " + String.join(", ", RULE_FIELDS));
            }
        });
        String key = text(node, "key", checks);
        if (key != null && !KEY.matcher(key).matches()) {
            checks.problem("key", key, "Must be lower-case words joined by hyphens, e.g. permanent-exclusion");
        }
        String name = text(node, "name", checks);
        MomentRule.Kind kind = choice(node, "kind", MomentRule.Kind.class, checks);
        MomentRule.Trigger trigger = choice(node, "trigger", MomentRule.Trigger.class, checks);
        String rationale = text(node, "rationale", checks);
        String evidence = text(node, "evidence", checks);
        List<String> nextSteps = new ArrayList<>();
        JsonNode steps = node.get("nextSteps");
        if (steps == null || !steps.isArray() || steps.isEmpty()) {
            checks.problem("nextSteps", steps, "Must list at least one suggested next step");
        } else {
            steps.forEach(s -> nextSteps.add(s.asText()));
        }
        int suppression = number(node, "suppressionDays", 1, 730, checks);
        int escalate = number(node, "escalateAfterHours", 1, 24 * 30, checks);
        Condition condition = condition(node.get("condition"), "condition", checks);
        if (!checks.ok()) {
            return null;
        }
        return new MomentRule(key, name, kind, trigger, rationale, evidence, nextSteps, suppression, escalate,
                condition);
    }

    static Condition condition(JsonNode node, String path, Checks checks) {
        if (node == null || !node.isObject() || node.size() != 1) {
            checks.problem(path, node, "Must be an object with exactly one of: recent, count, all, any, followedBy, "
                    + "stillWaiting, stillOpen, ageBetween, birthday, startingSecondarySchool, postcodeIn");
            return null;
        }
        String kind = node.fieldNames().next();
        JsonNode body = node.get(kind);
        String at = path + "." + kind;
        if (PROTECTED.matcher(kind).matches()) {
            checks.problem(at, kind, PROTECTED_MESSAGE);
            return null;
        }
        return switch (kind) {
            case "recent" -> new Condition.Recent(filter(body, "of", at, checks),
                    number(body, "withinDays", 1, 3650, at, checks));
            case "count" -> new Condition.Count(filter(body, "of", at, checks),
                    number(body, "atLeast", 1, 100, at, checks),
                    number(body, "withinDays", 1, 3650, at, checks),
                    body != null && body.has("fromDifferentSources")
                            ? number(body, "fromDifferentSources", 1, 20, at, checks) : 1,
                    body != null && body.has("fromDifferentAgencies")
                            ? number(body, "fromDifferentAgencies", 1, 20, at, checks) : 1);
            case "all", "any" -> {
                List<Condition> parts = new ArrayList<>();
                if (body == null || !body.isArray() || body.size() < 2) {
                    checks.problem(at, body, "Must list two or more conditions");
                } else {
                    for (int i = 0; i < body.size(); i++) {
                        parts.add(condition(body.get(i), at + "[" + i + "]", checks));
                    }
                }
                yield kind.equals("all") ? new Condition.AllOf(parts) : new Condition.AnyOf(parts);
            }
            case "followedBy" -> new Condition.FollowedBy(filter(body, "first", at, checks),
                    filter(body, "then", at, checks), number(body, "withinDays", 1, 3650, at, checks));
            case "stillWaiting" -> new Condition.StillWaiting(filter(body, "since", at, checks),
                    filter(body, "endedBy", at, checks), number(body, "moreThanDays", 1, 3650, at, checks));
            case "stillOpen" -> new Condition.StillOpen(filter(body, "started", at, checks),
                    filter(body, "endedBy", at, checks));
            case "ageBetween" -> new Condition.AgeBetween(number(body, "from", 0, 25, at, checks),
                    number(body, "to", 0, 25, at, checks));
            case "birthday" -> new Condition.Birthday(number(body, "age", 1, 25, at, checks),
                    number(body, "withinDays", 1, 365, at, checks));
            case "startingSecondarySchool" -> new Condition.StartingSecondarySchool(
                    number(body, "withinDays", 1, 365, at, checks));
            case "postcodeIn" -> {
                Set<String> prefixes = new LinkedHashSet<>();
                if (body == null || !body.isArray() || body.isEmpty()) {
                    checks.problem(at, body, "Must list one or more postcode districts or sectors, e.g. \"E17 5\"");
                } else {
                    body.forEach(p -> prefixes.add(p.asText().strip().toUpperCase(java.util.Locale.ROOT)));
                }
                yield new Condition.PostcodeIn(prefixes);
            }
            default -> {
                checks.problem(at, kind, "Is not a kind of condition; allowed: recent, count, all, any, followedBy, "
                        + "stillWaiting, stillOpen, ageBetween, birthday, startingSecondarySchool, postcodeIn");
                yield null;
            }
        };
    }

    private static EventFilter filter(JsonNode parent, String field, String path, Checks checks) {
        String at = path + "." + field;
        JsonNode node = parent == null ? null : parent.get(field);
        if (node != null && node.isArray() && !node.isEmpty()) {
            List<EventFilter.Alternative> alternatives = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                alternatives.add(alternative(node.get(i), at + "[" + i + "]", checks));
            }
            return new EventFilter(alternatives);
        }
        return new EventFilter(List.of(alternative(node, at, checks)));
    }

    private static EventFilter.Alternative alternative(JsonNode node, String at, Checks checks) {
        if (node == null || !node.isObject()) {
            checks.problem(at, node, "Must be an object with \"types\" (event type codes) and optionally "
                    + "\"where\", or a list of such objects");
            return new EventFilter.Alternative(Set.of(), Map.of());
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!f.equals("types") && !f.equals("where")) {
                checks.problem(at + "." + f, f, PROTECTED.matcher(f).matches() ? PROTECTED_MESSAGE
                        : "Is not part of an event filter; allowed: types, where");
            }
        });
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        JsonNode codes = node.get("types");
        if (codes == null || !codes.isArray() || codes.isEmpty()) {
            checks.problem(at + ".types", codes, "Must list one or more event type codes");
        } else {
            for (JsonNode code : codes) {
                EventType.fromCode(code.asText()).ifPresentOrElse(type -> {
                    if (type.family() == EventFamily.SEND) {
                        checks.problem(at + ".types", code.asText(), "SEND events record a child's special "
                                + "educational needs or disability, which rules may not use");
                    } else {
                        types.add(type);
                    }
                }, () -> checks.problem(at + ".types", code.asText(),
                        "Is not an event type; allowed: " + EventType.allowedCodes()));
            }
        }
        Map<String, Set<String>> where = new LinkedHashMap<>();
        JsonNode conditions = node.get("where");
        if (conditions != null) {
            conditions.fieldNames().forEachRemaining(attribute -> {
                String place = at + ".where." + attribute;
                if (PROTECTED.matcher(attribute).matches()) {
                    checks.problem(place, attribute, PROTECTED_MESSAGE);
                    return;
                }
                JsonNode values = conditions.get(attribute);
                Set<String> wanted = new LinkedHashSet<>();
                (values.isArray() ? values : JSON.createArrayNode().add(values)).forEach(v -> wanted.add(v.asText()));
                Set<String> stored = new LinkedHashSet<>();
                for (EventType type : types) {
                    Attribute detail = type.attributes().stream().filter(a -> a.name().equals(attribute))
                            .findFirst().orElse(null);
                    if (detail == null) {
                        checks.problem(place, attribute, "Is not a detail of " + type.code());
                        continue;
                    }
                    for (String value : wanted) {
                        String asStored = switch (detail.kind()) {
                            case YES_NO -> value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("true") ? "true"
                                    : value.equalsIgnoreCase("no") || value.equalsIgnoreCase("false") ? "false" : null;
                            case CODE -> detail.allowed().contains(value) ? value : null;
                            default -> value;
                        };
                        if (asStored == null) {
                            checks.problem(place, value, detail.kind() == Attribute.Kind.YES_NO ? "Must be yes or no"
                                    : "Is not a value of " + attribute + "; allowed: "
                                    + String.join(", ", detail.allowed()));
                        } else {
                            stored.add(asStored);
                        }
                    }
                }
                where.put(attribute, stored);
            });
        }
        return new EventFilter.Alternative(types, where);
    }

    private static String text(JsonNode node, String field, Checks checks) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            checks.problem(field, value, "Must be given as text");
            return null;
        }
        return value.asText().strip();
    }

    private static <E extends Enum<E>> E choice(JsonNode node, String field, Class<E> type, Checks checks) {
        JsonNode value = node.get(field);
        for (E option : type.getEnumConstants()) {
            if (value != null && option.name().equals(value.asText())) {
                return option;
            }
        }
        checks.problem(field, value, "Must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        return null;
    }

    private static int number(JsonNode node, String field, int min, int max, Checks checks) {
        return number(node, field, min, max, null, checks);
    }

    private static int number(JsonNode node, String field, int min, int max, String path, Checks checks) {
        String at = path == null ? field : path + "." + field;
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()
                || value.asInt() < min || value.asInt() > max) {
            checks.problem(at, value, "Must be a whole number from " + min + " to " + max);
            return min;
        }
        return value.asInt();
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
