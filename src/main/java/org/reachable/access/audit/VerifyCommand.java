package org.reachable.access.audit;

import org.reachable.platform.cli.Subcommand;
import org.springframework.stereotype.Component;

/** {@code verify}: checks the audit log's hash chain and names every altered or deleted row. Exit 0 when intact. */
@Component
class VerifyCommand implements Subcommand {

    private final AuditVerifier verifier;

    VerifyCommand(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public String summary() {
        return "check the audit log's hash chain; names any altered or deleted row";
    }

    @Override
    public int run(String[] args) {
        AuditVerification result = verifier.verify();
        if (result.intact()) {
            System.out.println("Audit log intact: " + result.rowsChecked() + " rows checked.");
            return 0;
        }
        System.out.println("Audit log BROKEN (" + result.rowsChecked() + " rows checked):");
        result.problems().forEach(p -> System.out.println("  - " + p));
        return 1;
    }
}
