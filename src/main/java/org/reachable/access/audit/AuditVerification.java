package org.reachable.access.audit;

import java.util.List;

/** The outcome of checking the audit chain: how many rows were checked and, if broken, where and how. */
public record AuditVerification(long rowsChecked, List<String> problems) {

    public boolean intact() {
        return problems.isEmpty();
    }
}
