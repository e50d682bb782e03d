package org.reachable.feeds.formats;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads one bundle. JSON bundles are walked entry by entry (Jackson gives each entry's line) and each resource is
 * parsed on its own by HAPI FHIR's strict parser, so a schema-invalid resource is reported alone and the rest of the
 * bundle still comes through. XML bundles are parsed whole by the same strict parser. Strict, because the lenient
 * parser drops a value it cannot read (a birth date of "14/03/2011", an unknown element) and we would import an
 * event that silently lost part of what the trust sent.
 */
final class FhirBundleReader {

    /** Resource types read for their content, and those accepted as context; any other type is reported. */
    static final Set<String> READ = Set.of("Patient", "Encounter", "Condition");
    static final Set<String> CONTEXT = Set.of("Organization", "Location", "Practitioner", "PractitionerRole");

    interface Problems {
        void problem(long line, String reference, String field, String value, String rule, String rawText);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FhirContext fhir;

    FhirBundleReader(FhirContext fhir) {
        this.fhir = fhir;
    }

    ParsedBundle json(byte[] bytes, long firstLine, Problems problems) {
        try (JsonParser json = JSON.createParser(bytes)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                problems.problem(firstLine, null, null, null, "A bundle must be a JSON object", null);
                return null;
            }
            String resourceType = null;
            ParsedBundle bundle = new ParsedBundle(null);
            String timestamp = null;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if (field.equals("resourceType")) {
                    resourceType = json.getValueAsString();
                } else if (field.equals("timestamp")) {
                    timestamp = json.getValueAsString();
                } else if (field.equals("entry") && value == JsonToken.START_ARRAY) {
                    while (json.nextToken() == JsonToken.START_OBJECT) {
                        long line = firstLine - 1 + json.currentTokenLocation().getLineNr();
                        entry(json.readValueAsTree(), line, bundle, problems);
                    }
                } else {
                    json.skipChildren();
                }
            }
            if (!"Bundle".equals(resourceType)) {
                problems.problem(firstLine, null, "resourceType", resourceType,
                        "The file must hold FHIR R4 Bundle resources", null);
                return null;
            }
            return bundle.withTimestamp(timestamp);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            long line = at == null ? firstLine : firstLine - 1 + at.getLineNr();
            problems.problem(line, null, null, null, "Unparseable JSON" + (at == null ? "" : " at line " + line
                    + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage(), null);
            return null;
        } catch (IOException e) {
            problems.problem(firstLine, null, null, null, "Unreadable bundle: " + e.getMessage(), null);
            return null;
        }
    }

    private void entry(JsonNode entry, long line, ParsedBundle bundle, Problems problems) {
        String fullUrl = entry.path("fullUrl").isTextual() ? entry.path("fullUrl").asText() : null;
        JsonNode resource = entry.get("resource");
        String raw = entry.toString();
        if (resource == null || !resource.isObject()) {
            problems.problem(line, fullUrl, "entry.resource", null, "Every bundle entry must hold a resource", raw);
            return;
        }
        String type = resource.path("resourceType").asText("");
        if (!READ.contains(type)) {
            if (!CONTEXT.contains(type)) {
                problems.problem(line, fullUrl, "resourceType", type, "Not a resource this feed reads: "
                        + "Patient, Encounter and Condition (and Organization, Location, Practitioner as context)", raw);
            }
            return;
        }
        try {
            Resource parsed = (Resource) strict(fhir.newJsonParser()).parseResource(resource.toString());
            bundle.add(parsed, fullUrl, line, raw);
        } catch (DataFormatException e) {
            problems.problem(line, fullUrl, type, null, "Not a valid FHIR R4 " + type + ": " + e.getMessage(), raw);
        }
    }

    ParsedBundle xml(byte[] bytes, long line, Problems problems) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.contains("<!DOCTYPE")) {
            problems.problem(line, null, null, null, "DOCTYPE declarations are not accepted in agency files", null);
            return null;
        }
        try {
            Bundle bundle = strict(fhir.newXmlParser()).parseResource(Bundle.class, text);
            ParsedBundle parsed = new ParsedBundle(bundle.hasTimestamp() ? bundle.getTimestampElement().getValueAsString()
                    : null);
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                if (entry.hasResource()) {
                    parsed.add(entry.getResource(), entry.getFullUrl(), line, null);
                }
            }
            return parsed;
        } catch (DataFormatException e) {
            problems.problem(line, null, null, null, "Not a valid FHIR R4 Bundle: " + e.getMessage(), null);
            return null;
        }
    }

    private static IParser strict(IParser parser) {
        return parser.setParserErrorHandler(new StrictErrorHandler());
    }
}
