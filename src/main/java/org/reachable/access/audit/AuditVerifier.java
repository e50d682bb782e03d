package org.reachable.access.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Recomputes the hash chain. An edited row no longer matches its hash; a deleted row leaves a gap in the numbering
 * and a broken link; rows cut from the end leave the chain head pointing past the last row.
 */
@Component
public class AuditVerifier {

    private static final int MAX_REPORTED = 50;

    private final AuditRepository repository;

    AuditVerifier(AuditRepository repository) {
        this.repository = repository;
    }

    public AuditVerification verify() {
        List<String> problems = new ArrayList<>();
        long[] checked = {0};
        long[] lastSeq = {0};
        String[] lastHash = {"GENESIS"};
        repository.eachInOrder(row -> {
            long seq = row.entry().seq();
            if (seq != lastSeq[0] + 1) {
                report(problems, "Rows " + (lastSeq[0] + 1) + " to " + (seq - 1) + " are missing (deleted)");
            }
            if (!row.previousHash().equals(lastHash[0])) {
                report(problems, "Row " + seq + " does not link to the row before it");
            }
            if (!AuditHash.of(row.entry(), row.previousHash()).equals(row.hash())) {
                report(problems, "Row " + seq + " has been altered: its content no longer matches its hash");
            }
            checked[0]++;
            lastSeq[0] = seq;
            lastHash[0] = row.hash();
        });
        Map<String, Object> head = repository.head();
        long headSeq = ((Number) head.get("last_seq")).longValue();
        if (headSeq != lastSeq[0] || !lastHash[0].equals(head.get("last_hash"))) {
            report(problems, "The log ends at row " + lastSeq[0] + " but the chain head records row " + headSeq
                    + ": rows have been removed from the end or the head was changed");
        }
        return new AuditVerification(checked[0], List.copyOf(problems));
    }

    private static void report(List<String> problems, String problem) {
        if (problems.size() < MAX_REPORTED) {
            problems.add(problem);
        }
    }
}
