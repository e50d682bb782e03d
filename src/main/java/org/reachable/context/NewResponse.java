package org.reachable.context;

/**
 * A response to record: for an affected child (setting CHILD, {@code child} their Reachable id) who offered what and
 * whether it was taken up (OFFERED, TAKEN_UP, DECLINED); or a setting's response (SCHOOL, YOUTH_CENTRE, OTHER; outcome
 * DONE or OFFERED), which names no child.
 */
public record NewResponse(String child, String setting, String offeredBy, String support, String outcome) {
}
