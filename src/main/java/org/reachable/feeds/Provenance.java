package org.reachable.feeds;

/**
 * Where a record came from. {@code sourceSystem} and {@code sourceReference} identify it in the agency's own system
 * and make re-sending idempotent; {@code file} and {@code line} locate it in a batch file (null for the API; for XML
 * and FHIR the line is where the record's element starts).
 */
public record Provenance(String sourceSystem, String sourceReference, String file, Long line) {

    /** How a person reads where the record is: "police.csv line 17" or "reference ABC/123". */
    public String locator() {
        if (file != null && line != null) {
            return file + " line " + line;
        }
        if (file != null) {
            return file + " reference " + sourceReference;
        }
        return "reference " + sourceReference;
    }
}
