package org.reachable.feeds;

import java.time.Instant;
import java.util.UUID;

/**
 * One batch file being imported. {@code checkpoint} counts the file's records (readable or not) handled and committed
 * so far, in file order; a re-run of the same file resumes after it.
 */
public record ImportJob(UUID id, UUID organisationId, String format, String fileName, String sha256, long fileSize,
                        String startedBy, Status status, long checkpoint, long bytesRead, long committed,
                        long duplicates, long quarantined, String failure, Instant createdAt, Instant finishedAt) {

    public enum Status { WAITING, RUNNING, DONE, FAILED }

    /** Share of the file read and committed, 0-100. */
    public int percent() {
        if (status == Status.DONE) {
            return 100;
        }
        return fileSize <= 0 ? 0 : (int) Math.min(99, bytesRead * 100 / fileSize);
    }

    public boolean finished() {
        return status == Status.DONE || status == Status.FAILED;
    }
}
