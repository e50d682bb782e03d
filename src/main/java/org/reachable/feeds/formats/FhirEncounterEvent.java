package org.reachable.feeds.formats;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.reachable.chronology.EventType;
import org.reachable.chronology.NewEvent;

/**
 * The event an Encounter records. Class EMER (v3 ActCode) is an ED attendance, whose reason comes from its
 * Conditions; class FLD (care in the field) is an ambulance incident, suspected violence when a Condition is an
 * assault or a sharp-object injury. Health events are SENSITIVE.
 */
final class FhirEncounterEvent {

    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final PlausibleDates dates;

    FhirEncounterEvent(PlausibleDates dates) {
        this.dates = dates;
    }

    /** The event, or null after reporting why the encounter cannot be read. */
    NewEvent of(Encounter encounter, List<Condition> conditions, RecordProblems problems) {
        if (encounter.getStatus() == Encounter.EncounterStatus.ENTEREDINERROR
                || encounter.getStatus() == Encounter.EncounterStatus.CANCELLED) {
            problems.add("Encounter.status", encounter.getStatus().toCode(),
                    "A cancelled or entered-in-error encounter is not an event; withdraw it in the sending system");
            return null;
        }
        String occurredAt = occurredAt(encounter, problems);
        String kind = encounter.hasClass_() ? encounter.getClass_().getCode() : null;
        List<Coding> codings = conditions.stream().flatMap(c -> c.getCode().getCoding().stream()).toList();
        Optional<InjuryReasons.Reason> reason = InjuryReasons.of(codings);
        String recorded = conditions.isEmpty() ? "" : " Conditions recorded: " + conditions.stream()
                .map(c -> describe(c.getCode())).collect(Collectors.joining("; ")) + ".";
        if (kind == null || !encounter.getClass_().hasSystem() || !ACT_CODE.equals(encounter.getClass_().getSystem())) {
            problems.add("Encounter.class", kind, "Required: a v3 ActCode class, EMER (ED attendance) or FLD (ambulance)");
            return null;
        }
        return switch (kind) {
            case "EMER" -> {
                if (reason.isEmpty()) {
                    problems.add("Condition.code", codings.stream().map(Coding::getCode).toList().toString(),
                            "An ED attendance needs a Condition with a recognised reason code: "
                                    + InjuryReasons.recognised());
                    yield null;
                }
                yield occurredAt == null ? null : new NewEvent(EventType.ED_ATTENDANCE.code(), occurredAt,
                        "Emergency department attendance." + recorded, null, "SENSITIVE",
                        Map.of("reason", reason.get().name()));
            }
            case "FLD" -> occurredAt == null ? null : new NewEvent(EventType.AMBULANCE_CALLOUT.code(), occurredAt,
                    "Ambulance call-out." + recorded, null, "SENSITIVE", conditions.isEmpty() ? Map.of()
                    : Map.of("suspectedViolence", Boolean.toString(reason.filter(r -> r
                            != InjuryReasons.Reason.SELF_HARM).isPresent())));
            default -> {
                problems.add("Encounter.class", kind, "Not read by this feed: EMER (ED attendance) or FLD (ambulance)");
                yield null;
            }
        };
    }

    private String occurredAt(Encounter encounter, RecordProblems problems) {
        if (!encounter.getPeriod().hasStart()) {
            problems.add("Encounter.period.start", null, "Required: when the attendance or call-out began");
            return null;
        }
        String text = encounter.getPeriod().getStartElement().getValueAsString();
        if (dates.read("Encounter.period.start", text, problems) == null) {
            return null;
        }
        // FHIR instants carry an offset; the chronology keeps UK local time.
        return LocalDateTime.ofInstant(encounter.getPeriod().getStart().toInstant(), LONDON)
                .truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private static String describe(CodeableConcept code) {
        if (code.hasText()) {
            return code.getText();
        }
        Coding coding = code.getCodingFirstRep();
        String system = InjuryReasons.SNOMED.equals(coding.getSystem()) ? "SNOMED CT "
                : InjuryReasons.ICD10.equals(coding.getSystem()) ? "ICD-10 " : "";
        return (coding.hasDisplay() ? coding.getDisplay() + " (" + system + coding.getCode() + ")"
                : system + coding.getCode());
    }
}
