package org.reachable.feeds.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.reachable.feeds.FeedFormat;
import org.reachable.feeds.ImportJob;
import org.reachable.feeds.IncomingRecord;
import org.reachable.feeds.ParseProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs one import job over its file: the format streams records, they are committed in batches, each batch moving
 * the job's checkpoint in the same transaction. A job run again (after a crash or kill -9) re-reads the file, skips
 * the records up to the checkpoint and carries on, so every record ends up committed or quarantined exactly once.
 */
@Component
public class ImportRunner {

    static final int BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final Ingest ingest;
    private final ImportRepository imports;
    private final Clock clock;

    ImportRunner(Ingest ingest, ImportRepository imports, Clock clock) {
        this.ingest = ingest;
        this.imports = imports;
        this.clock = clock;
    }

    /** Runs (or resumes) the job; {@code progress} hears after every batch. Never throws: failures end the job. */
    public ImportJob run(ImportJob job, Path file, FeedFormat format, Sender sender, Consumer<ImportJob> progress) {
        imports.status(job.id(), ImportJob.Status.RUNNING, null, clock.instant());
        try (Counting in = new Counting(Files.newInputStream(file));
             Batcher batcher = new Batcher(job, in, sender, progress)) {
            format.parse(in, job.fileName(), batcher);
            batcher.flush();
            batcher.finish();
            imports.status(job.id(), ImportJob.Status.DONE, null, clock.instant());
        } catch (IOException e) {
            imports.status(job.id(), ImportJob.Status.FAILED, "The file could not be read: " + e.getMessage(),
                    clock.instant());
        } catch (Ingest.CheckpointMoved e) {
            imports.status(job.id(), ImportJob.Status.FAILED, e.getMessage(), clock.instant());
        } catch (RuntimeException e) {
            String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
            log.error("Import {} failed, reference {}", job.id(), reference, e);
            imports.status(job.id(), ImportJob.Status.FAILED, "Stopped by an unexpected error (reference "
                    + reference + "); run the import again to resume where it stopped", clock.instant());
        }
        return imports.find(job.id()).orElseThrow();
    }

    /**
     * Collects the format's records into batches, dropping those before the checkpoint, and has them written by a
     * writer thread of its own: while one batch is written (linking, database, commit), the next one is read and
     * checked, so both cores work. One batch is written at a time, in file order, so the checkpoint only moves
     * forward and a killed import resumes exactly where the last commit left it.
     */
    private final class Batcher implements FeedFormat.Sink, AutoCloseable {
        private final ImportJob job;
        private final Counting in;
        private final Sender sender;
        private final Consumer<ImportJob> progress;
        private final ExecutorService writer = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("import-writer").factory());
        /** Who runs the import (the audited user of an upload), for the writer thread too. */
        private final SecurityContext context = SecurityContextHolder.getContext();
        private final List<Ingest.Item> items = new ArrayList<>(BATCH);
        private Future<?> writing = CompletableFuture.completedFuture(null);
        private long position;
        private long checkpoint;

        Batcher(ImportJob job, Counting in, Sender sender, Consumer<ImportJob> progress) {
            this.job = job;
            this.in = in;
            this.sender = sender;
            this.progress = progress;
            this.checkpoint = job.checkpoint();
        }

        @Override
        public void record(IncomingRecord record) {
            add(new Ingest.Item(++position, record, null));
        }

        @Override
        public void problem(ParseProblem problem) {
            add(new Ingest.Item(++position, null, problem));
        }

        private void add(Ingest.Item item) {
            if (item.position() <= checkpoint) {
                return;
            }
            items.add(item);
            if (items.size() >= BATCH) {
                flush();
            }
        }

        /** Checks the collected batch here, then hands it to the writer once the previous batch is committed. */
        void flush() {
            if (items.isEmpty()) {
                return;
            }
            long from = checkpoint;
            long to = items.getLast().position();
            long bytesRead = in.count;
            Ingest.Checked checked = ingest.check(List.copyOf(items), sender);
            items.clear();
            checkpoint = to;
            finish();
            writing = writer.submit(() -> {
                SecurityContextHolder.setContext(context);
                try {
                    ingest.batch(checked, sender, from, to, bytesRead);
                    progress.accept(imports.find(job.id()).orElseThrow());
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
        }

        /** Waits for the batch being written; what failed there is thrown here. */
        void finish() {
            try {
                writing.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while a batch was written", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        /** Never leaves a batch being written behind the job's final status: waits for it, then stops the writer. */
        @Override
        public void close() {
            try {
                writing.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // Already reported by finish(), or the run is failing for another reason that is being reported.
            } finally {
                writer.shutdown();
            }
        }
    }

    /** Counts the bytes the format has read, for progress. */
    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
