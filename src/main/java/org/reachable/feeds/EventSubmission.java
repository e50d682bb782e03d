package org.reachable.feeds;

import java.util.List;
import java.util.Map;
import org.reachable.chronology.NewEvent;

/**
 * The body of {@code POST /api/v1/events}: who the person is in the sending agency's system, one event, and where
 * it comes from ({@code sourceSystem} + {@code reference} identify it and make re-sending harmless). Also the form in
 * which a quarantined record that was readable but broke a rule is shown for correction.
 */
public record EventSubmission(String sourceSystem, String reference, String recordedBy, String recordedAt,
                              Person person, NewEvent event) {

    /** The person's details as the agency holds them; identifiers by scheme (NHS, UPN, POLICE, CSC, YJS). */
    public record Person(String givenNames, String familyName, List<String> otherNames, String dateOfBirth,
                         String sex, String ethnicity, String addressLine, String postcode,
                         Map<String, String> identifiers) {
    }

    public IncomingRecord toRecord(String file, Long line) {
        Person p = person == null ? new Person(null, null, null, null, null, null, null, null, null) : person;
        return new IncomingRecord(new Provenance(sourceSystem, reference, file, line),
                new IncomingPerson(p.givenNames(), p.familyName(), p.otherNames(), p.dateOfBirth(), p.sex(),
                        p.ethnicity(), p.addressLine(), p.postcode(), p.identifiers()),
                event, recordedBy, recordedAt);
    }

    public static EventSubmission of(IncomingRecord r) {
        IncomingPerson p = r.person() == null
                ? new IncomingPerson(null, null, null, null, null, null, null, null, null) : r.person();
        Provenance provenance = r.provenance() == null ? new Provenance(null, null, null, null) : r.provenance();
        return new EventSubmission(provenance.sourceSystem(), provenance.sourceReference(), r.recordedBy(),
                r.recordedAt(), new Person(p.givenNames(), p.familyName(), p.otherNames(), p.dateOfBirth(), p.sex(),
                p.ethnicity(), p.addressLine(), p.postcode(), p.identifiers()), r.event());
    }
}
