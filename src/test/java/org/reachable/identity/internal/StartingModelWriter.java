package org.reachable.identity.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.reachable.identity.Address;
import org.reachable.identity.Identifier;
import org.reachable.identity.IdentifierScheme;
import org.reachable.identity.PersonName;
import org.reachable.identity.PersonToMatch;
import org.reachable.identity.Sex;
import org.reachable.linkage.Linkage;
import org.reachable.linkage.LinkageModel;
import org.reachable.linkage.LinkageSettings;
import org.reachable.linkage.PersonRecord;
import org.reachable.synthetic.AgencyRecord;
import org.reachable.synthetic.BoroughGenerator;
import org.reachable.synthetic.BoroughSpec;
import org.reachable.synthetic.ChildBatch;

/**
 * Writes the matcher's starting model ({@code src/main/resources/identity/linkage-model-start.json}): trained, as
 * {@link ModelTrainer} trains on a live register, on the synthetic borough's register (seed 7, 20,000 children) plus
 * its five agencies' own records of those children. Not a test; run after {@code ./mvnw -o test-compile}:
 * <pre>
 * ./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.reachable.identity.internal.StartingModelWriter src/main/resources/identity/linkage-model-start.json
 * </pre>
 */
public final class StartingModelWriter {

    static final int SEED = 7;
    static final int CHILDREN = 20_000;

    public static void main(String[] args) throws IOException {
        BoroughGenerator generator = new BoroughGenerator(BoroughSpec.of(SEED, CHILDREN, LocalDate.of(2025, 11, 20)));
        List<PersonRecord> records = new ArrayList<>();
        List<PersonRecord> agency = new ArrayList<>();
        for (Iterator<ChildBatch> it = generator.batches(BoroughGenerator.DEFAULT_BATCH, true); it.hasNext(); ) {
            ChildBatch batch = it.next();
            batch.children().forEach(c -> records.add(LinkageRecords.of(c)));
            batch.agencyRecords().forEach(r -> agency.add(LinkageRecords.of(person(r))));
        }
        records.addAll(agency);
        LinkageModel model = Linkage.train(records, LinkageSettings.defaults(new IdentifierChecksForLinkage()));
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(Path.of(args[0]).toFile(), model.parameters());
        model.describe().forEach(System.out::println);
    }

    /** An agency's record as the person the matcher is given (identifiers as the agency holds them). */
    static PersonToMatch person(AgencyRecord r) {
        List<Identifier> ids = new ArrayList<>();
        add(ids, IdentifierScheme.NHS, r.nhsNumber());
        add(ids, IdentifierScheme.UPN, r.upn());
        add(ids, IdentifierScheme.POLICE, r.policeRef());
        add(ids, IdentifierScheme.CSC, r.cscRef());
        add(ids, IdentifierScheme.YJS, r.yjsRef());
        Address address = r.postcode().isEmpty() ? null
                : new Address(r.addressLine1(), "", r.postcode(), null, LocalDate.of(2025, 1, 1), null);
        return new PersonToMatch(UUID.nameUUIDFromBytes((r.agency() + ":" + r.recordId()).getBytes()),
                new PersonName(PersonName.Kind.CURRENT, r.givenNames(), r.familyName(), null, null), List.of(),
                r.dateOfBirth(), Sex.fromCode(r.sex()).orElse(Sex.U), null, address, ids);
    }

    private static void add(List<Identifier> ids, IdentifierScheme scheme, String value) {
        if (!value.isEmpty()) {
            ids.add(new Identifier(scheme, value, null));
        }
    }
}
