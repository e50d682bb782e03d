package org.reachable.synthetic.views;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.reachable.synthetic.Agency;
import org.reachable.synthetic.AgencyRecord;

/**
 * Writes the agency views as CSV (RFC 4180, UTF-8, header row), one file per agency, and {@code truth.csv} mapping
 * every (agency, record id) to the register's person id. Appends batch after batch.
 */
public final class AgencyViewWriter implements AutoCloseable {

    public static final String HEADER = "record_id,organisation_code,given_names,family_name,date_of_birth,sex,"
            + "postcode,address_line1,nhs_number,upn,police_ref,csc_ref,yjs_ref";
    public static final String TRUTH = "truth.csv";
    public static final String TRUTH_HEADER = "agency,record_id,person_id";

    private final Map<Agency, BufferedWriter> files = new EnumMap<>(Agency.class);
    private final BufferedWriter truth;

    public AgencyViewWriter(Path directory) {
        try {
            Files.createDirectories(directory);
            for (Agency agency : Agency.values()) {
                BufferedWriter out = Files.newBufferedWriter(directory.resolve(agency.fileName()),
                        StandardCharsets.UTF_8);
                out.write(HEADER);
                out.newLine();
                files.put(agency, out);
            }
            truth = Files.newBufferedWriter(directory.resolve(TRUTH), StandardCharsets.UTF_8);
            truth.write(TRUTH_HEADER);
            truth.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write agency views to " + directory, e);
        }
    }

    public void write(Collection<AgencyRecord> records) {
        try {
            for (AgencyRecord r : records) {
                BufferedWriter out = files.get(r.agency());
                out.write(String.join(",", csv(r.recordId()), csv(r.organisationCode()), csv(r.givenNames()),
                        csv(r.familyName()), r.dateOfBirth().toString(), csv(r.sex()), csv(r.postcode()),
                        csv(r.addressLine1()), csv(r.nhsNumber()), csv(r.upn()), csv(r.policeRef()), csv(r.cscRef()),
                        csv(r.yjsRef())));
                out.newLine();
                truth.write(r.agency().name().toLowerCase() + "," + csv(r.recordId()) + "," + r.personId());
                truth.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write agency views", e);
        }
    }

    /** Quotes a field when it holds a comma, quote or line break. */
    static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() {
        try {
            for (BufferedWriter out : files.values()) {
                out.close();
            }
            truth.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot finish agency views", e);
        }
    }
}
