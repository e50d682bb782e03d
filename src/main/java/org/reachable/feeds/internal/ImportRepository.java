package org.reachable.feeds.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reachable.feeds.ImportJob;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Import jobs and their checkpoints. */
@Repository
public class ImportRepository {

    private final JdbcClient jdbc;

    ImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ImportJob job, String storedPath, UUID startedBy) {
        jdbc.sql("""
                        insert into feeds_import (id, organisation_id, format, file_name, file_sha256, file_size,
                                                  stored_path, started_by, started_by_name, status, created_at,
                                                  updated_at)
                        values (:id, :org, :format, :file, :sha, :size, :path, :by, :byName, :status, :at, :at)""")
                .param("id", job.id()).param("org", job.organisationId()).param("format", job.format())
                .param("file", job.fileName()).param("sha", job.sha256()).param("size", job.fileSize())
                .param("path", storedPath).param("by", startedBy).param("byName", job.startedBy())
                .param("status", job.status().name()).param("at", Timestamp.from(job.createdAt())).update();
    }

    public Optional<ImportJob> find(UUID id) {
        return jdbc.sql("select * from feeds_import where id = :id").param("id", id)
                .query(ImportRepository::job).optional();
    }

    public Optional<String> storedPath(UUID id) {
        return jdbc.sql("select stored_path from feeds_import where id = :id").param("id", id)
                .query(String.class).optional();
    }

    /** The latest import of this very file (same organisation, format and content), if any. */
    public Optional<ImportJob> latestOfFile(UUID organisationId, String format, String sha256) {
        return jdbc.sql("""
                        select * from feeds_import where organisation_id = :org and format = :format
                        and file_sha256 = :sha order by created_at desc limit 1""")
                .param("org", organisationId).param("format", format).param("sha", sha256)
                .query(ImportRepository::job).optional();
    }

    public List<ImportJob> recent(UUID organisationId, int limit) {
        return jdbc.sql("select * from feeds_import where organisation_id = :org order by created_at desc limit :n")
                .param("org", organisationId).param("n", limit).query(ImportRepository::job).list();
    }

    /**
     * Moves the checkpoint from {@code from} to {@code to} with the batch's counts, in the batch's transaction. Zero
     * rows means another process moved it first (the same file imported twice at once): the batch must roll back.
     */
    public int advance(UUID id, long from, long to, long bytesRead, long committed, long duplicates,
                       long quarantined, Instant at) {
        return jdbc.sql("""
                        update feeds_import set checkpoint = :to, bytes_read = greatest(bytes_read, :bytes),
                               committed = committed + :committed, duplicates = duplicates + :duplicates,
                               quarantined = quarantined + :quarantined, updated_at = :at
                        where id = :id and checkpoint = :from""")
                .param("id", id).param("from", from).param("to", to).param("bytes", bytesRead)
                .param("committed", committed).param("duplicates", duplicates).param("quarantined", quarantined)
                .param("at", Timestamp.from(at)).update();
    }

    public void status(UUID id, ImportJob.Status status, String failure, Instant at) {
        boolean finished = status == ImportJob.Status.DONE || status == ImportJob.Status.FAILED;
        jdbc.sql("""
                        update feeds_import set status = :status, failure = :failure, updated_at = :at,
                               finished_at = case when :finished then cast(:at as timestamptz) end
                        where id = :id""")
                .param("id", id).param("status", status.name()).param("failure", failure)
                .param("at", Timestamp.from(at)).param("finished", finished).update();
    }

    private static ImportJob job(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJob(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getString("format"), rs.getString("file_name"), rs.getString("file_sha256"),
                rs.getLong("file_size"), rs.getString("started_by_name"),
                ImportJob.Status.valueOf(rs.getString("status")), rs.getLong("checkpoint"), rs.getLong("bytes_read"),
                rs.getLong("committed"), rs.getLong("duplicates"), rs.getLong("quarantined"), rs.getString("failure"),
                rs.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant());
    }
}
