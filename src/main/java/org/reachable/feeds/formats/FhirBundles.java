package org.reachable.feeds.formats;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.reachable.chronology.NewEvent;
import org.reachable.feeds.FeedFormat;
import org.reachable.feeds.IncomingPerson;
import org.reachable.feeds.IncomingRecord;
import org.reachable.feeds.ParseProblem;
import org.reachable.feeds.Provenance;
import org.springframework.stereotype.Component;

/**
 * FHIR R4 Bundles from NHS trusts and the ambulance service: one record per Encounter, with its Patient and
 * Conditions. One Bundle document (JSON or XML, up to 16 MB) or NDJSON, one Bundle per line, for larger volumes. See
 * docs/data-formats/feeds-fhir.md.
 */
@Component
class FhirBundles implements FeedFormat {

    private final FhirBundleReader reader = new FhirBundleReader(FhirContext.forR4Cached());
    private final PlausibleDates dates;
    private final FhirEncounterEvent events;

    FhirBundles(Clock clock) {
        this.dates = new PlausibleDates(clock);
        this.events = new FhirEncounterEvent(dates);
    }

    @Override
    public String name() {
        return "fhir";
    }

    @Override
    public String description() {
        return "FHIR R4 Bundles (JSON, NDJSON or XML): ED attendances and ambulance incidents with Patient and Condition";
    }

    @Override
    public void parse(InputStream in, String fileName, Sink sink) throws IOException {
        BundleSource.read(in, new BundleSource.Handler() {
            @Override
            public void bundle(byte[] bundle, long line, boolean ndjson) {
                read(bundle, line, fileName, sink);
            }

            @Override
            public void tooLarge(long line, long bytes, boolean ndjson) {
                sink.problem(new ParseProblem(fileName, line, null, null, bytes + " bytes",
                        (ndjson ? "An NDJSON line" : "A bundle") + " may be at most " + BundleSource.MAX_BUNDLE_BYTES
                                + " bytes" + (ndjson ? "; this line was skipped" : "; send larger volumes as NDJSON,"
                                + " one Bundle per line"), null));
            }
        });
    }

    private void read(byte[] bytes, long line, String file, Sink sink) {
        FhirBundleReader.Problems problems = (at, reference, field, value, rule, raw) ->
                sink.problem(new ParseProblem(file, at, reference, field, value, rule, raw));
        boolean xml = firstCharacter(bytes) == '<';
        ParsedBundle bundle = xml ? reader.xml(bytes, line, problems) : reader.json(bytes, line, problems);
        if (bundle != null) {
            bundle.encounters.forEach(encounter -> encounter(encounter, bundle, file, sink));
        }
    }

    private void encounter(ParsedBundle.Located<Encounter> located, ParsedBundle bundle, String file, Sink sink) {
        Encounter encounter = located.resource();
        RecordProblems problems = new RecordProblems();
        IncomingPerson person = null;
        Optional<ParsedBundle.Located<Patient>> patient = encounter.hasSubject()
                ? bundle.patient(encounter.getSubject()) : Optional.empty();
        if (patient.isEmpty()) {
            problems.add("Encounter.subject", encounter.getSubject().getReference(),
                    "Required: a reference to a Patient in the same bundle");
        } else {
            person = FhirPatient.from(patient.get().resource());
            dates.read("Patient.birthDate", person.dateOfBirth(), problems);
        }
        NewEvent event = events.of(encounter, bundle.conditionsOf(located), problems);
        String reference = reference(located);
        if (!problems.isEmpty() || event == null) {
            problems.reportTo(sink, file, located.line(), reference, located.json());
            return;
        }
        Reference provider = encounter.getServiceProvider();
        String sourceSystem = "fhir:" + (provider.getIdentifier().hasValue() ? provider.getIdentifier().getValue()
                : provider.hasDisplay() ? provider.getDisplay() : "unknown-provider");
        sink.record(new IncomingRecord(new Provenance(sourceSystem, reference, file, located.line()), person, event,
                provider.hasDisplay() ? provider.getDisplay() : sourceSystem, bundle.timestamp));
    }

    /** The encounter's own identifier where the trust gives one (stable across re-sends), else its fullUrl or id. */
    private static String reference(ParsedBundle.Located<Encounter> located) {
        Encounter encounter = located.resource();
        return encounter.getIdentifier().stream().filter(Identifier::hasValue).findFirst()
                .map(i -> (i.hasSystem() ? i.getSystem() + "|" : "") + i.getValue())
                .orElse(located.fullUrl() != null ? located.fullUrl()
                        : "Encounter/" + encounter.getIdElement().getIdPart());
    }

    private static int firstCharacter(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b;
            }
        }
        return -1;
    }
}
