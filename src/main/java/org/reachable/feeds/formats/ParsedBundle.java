package org.reachable.feeds.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The resources of one bundle that this feed reads, findable by the references between them: a reference may be the
 * entry's fullUrl (urn:uuid:...) or Type/id.
 */
final class ParsedBundle {

    record Located<T extends Resource>(T resource, String fullUrl, long line, String json) {
    }

    final String timestamp;
    final List<Located<Encounter>> encounters;
    private final Map<String, Located<Patient>> patients;
    private final List<Located<Condition>> conditions;

    ParsedBundle(String timestamp) {
        this(timestamp, new ArrayList<>(), new HashMap<>(), new ArrayList<>());
    }

    private ParsedBundle(String timestamp, List<Located<Encounter>> encounters, Map<String, Located<Patient>> patients,
                         List<Located<Condition>> conditions) {
        this.timestamp = timestamp;
        this.encounters = encounters;
        this.patients = patients;
        this.conditions = conditions;
    }

    /** The same resources with the bundle's timestamp, which JSON may give after the entries. */
    ParsedBundle withTimestamp(String bundleTimestamp) {
        return new ParsedBundle(bundleTimestamp, encounters, patients, conditions);
    }

    void add(Resource resource, String fullUrl, long line, String json) {
        switch (resource) {
            case Patient patient -> {
                Located<Patient> located = new Located<>(patient, fullUrl, line, json);
                keys(patient, fullUrl).forEach(key -> patients.put(key, located));
            }
            case Encounter encounter -> encounters.add(new Located<>(encounter, fullUrl, line, json));
            case Condition condition -> conditions.add(new Located<>(condition, fullUrl, line, json));
            default -> {
                // Organisations, locations and practitioners are context only
            }
        }
    }

    Optional<Located<Patient>> patient(Reference reference) {
        return Optional.ofNullable(reference.getReference()).map(patients::get);
    }

    List<Condition> conditionsOf(Located<Encounter> encounter) {
        List<String> keys = keys(encounter.resource(), encounter.fullUrl());
        return conditions.stream().map(Located::resource)
                .filter(c -> c.hasEncounter() && keys.contains(c.getEncounter().getReference())).toList();
    }

    private static List<String> keys(Resource resource, String fullUrl) {
        List<String> keys = new ArrayList<>();
        if (fullUrl != null) {
            keys.add(fullUrl);
        }
        if (resource.getIdElement().hasIdPart()) {
            keys.add(resource.fhirType() + "/" + resource.getIdElement().getIdPart());
        }
        return keys;
    }
}
