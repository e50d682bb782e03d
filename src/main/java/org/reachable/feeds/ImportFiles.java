package org.reachable.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.reachable.access.AuditAction;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.CurrentUser;
import org.reachable.access.CurrentUsers;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.Organisations;
import org.reachable.feeds.internal.FeedFormats;
import org.reachable.feeds.internal.ImportRepository;
import org.reachable.feeds.internal.ImportRunner;
import org.reachable.feeds.internal.Sender;
import org.reachable.platform.validation.Checks;
import org.reachable.platform.web.NotFoundException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Batch files in: from the {@code import} command (runs there and then, printing progress) or uploaded by a
 * contributor (stored, then run in the background under the contributor's name). The same file (organisation,
 * format and content) sent again resumes its unfinished import, or is recognised as already imported.
 */
@Service
public class ImportFiles implements DisposableBean {

    private final ImportRunner runner;
    private final ImportRepository imports;
    private final FeedFormats formats;
    private final Organisations organisations;
    private final ChildRecordAccess access;
    private final Clock clock;
    private final Path uploads;
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("feeds-import").daemon().factory());

    ImportFiles(ImportRunner runner, ImportRepository imports, FeedFormats formats, Organisations organisations,
                ChildRecordAccess access, Clock clock,
                @Value("${reachable.feeds.upload-directory:./data/uploads}") Path uploads) {
        this.runner = runner;
        this.imports = imports;
        this.formats = formats;
        this.organisations = organisations;
        this.access = access;
        this.clock = clock;
        this.uploads = uploads;
    }

    /** A job and whether this very file had already been imported completely (then nothing was run). */
    public record Started(ImportJob job, boolean alreadyImported) {
    }

    public List<FeedFormat> formats() {
        return formats.all();
    }

    /** The {@code import} command: runs the file now, as the system, for the organisation with this code. */
    public Started importFile(Path file, String formatName, String organisationCode, String sourceSystem,
                              Consumer<ImportJob> progress) {
        Checks checks = new Checks();
        FeedFormat format = checks.code("--format", formatName, formats::named, formats.names());
        Organisation organisation = checks.code("--organisation", organisationCode, organisations::findByCode,
                "the code of an organisation in Reachable");
        checks.require(Files.isRegularFile(file), "FILE", file, "No such file");
        checks.throwIfAny();
        ImportJob job = jobFor(file, file.getFileName().toString(), format, organisation.id(), null, "import command",
                null);
        if (job.status() == ImportJob.Status.DONE) {
            return new Started(job, true);
        }
        Sender sender = new Sender(organisation.id(), sourceSystem == null ? organisation.code() : sourceSystem,
                organisation.name(), job.id(), format.name());
        return new Started(runner.run(job, file, format, sender, progress), false);
    }

    /** A contributor uploads a file for their organisation; it is stored and imported in the background. */
    public Started upload(InputStream content, String fileName, String formatName) {
        access.requireCapability(Capability.SEND_FEEDS, AuditAction.WRITE, "feeds/imports");
        CurrentUser user = CurrentUsers.require();
        Checks checks = new Checks();
        FeedFormat format = checks.code("format", formatName, formats::named, formats.names());
        String name = fileName == null || fileName.isBlank() ? null
                : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        checks.require(name != null, "file", fileName, "Choose a file to send");
        checks.require(user.organisationId() != null, "file", fileName, "Your account has no organisation");
        checks.throwIfAny();
        Path stored = store(content);
        ImportJob job = jobFor(stored, name, format, user.organisationId(), user.id(), user.displayName(),
                stored.toString());
        if (job.status() == ImportJob.Status.DONE) {
            deleteQuietly(stored);
            return new Started(job, true);
        }
        Sender sender = new Sender(user.organisationId(), organisations.find(user.organisationId())
                .map(Organisation::code).orElse("upload"), user.displayName(), job.id(), format.name());
        SecurityContext context = SecurityContextHolder.getContext();
        background.submit(() -> {
            SecurityContextHolder.setContext(context);
            try {
                runner.run(job, stored, format, sender, j -> { });
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        return new Started(job, false);
    }

    /** A job of the signed-in contributor's organisation. */
    public ImportJob job(UUID id) {
        access.requireCapability(Capability.SEND_FEEDS, AuditAction.READ, "feeds/imports/" + id);
        CurrentUser user = CurrentUsers.require();
        return imports.find(id).filter(j -> j.organisationId().equals(user.organisationId()))
                .orElseThrow(() -> new NotFoundException("No import with that id for your organisation"));
    }

    public List<ImportJob> recent() {
        access.requireCapability(Capability.SEND_FEEDS, AuditAction.READ, "feeds/imports");
        UUID organisation = CurrentUsers.require().organisationId();
        return organisation == null ? List.of() : imports.recent(organisation, 20);
    }

    private ImportJob jobFor(Path file, String fileName, FeedFormat format, UUID organisationId, UUID userId,
                             String startedBy, String storedPath) {
        String sha = sha256(file);
        long size = size(file);
        return imports.latestOfFile(organisationId, format.name(), sha)
                .orElseGet(() -> {
                    ImportJob job = new ImportJob(UUID.randomUUID(), organisationId, format.name(), fileName, sha,
                            size, startedBy, ImportJob.Status.WAITING, 0, 0, 0, 0, 0, null, clock.instant(), null);
                    imports.insert(job, storedPath, userId);
                    return job;
                });
    }

    private Path store(InputStream content) {
        try {
            Files.createDirectories(uploads);
            Path target = Files.createTempFile(uploads, "upload-", ".dat");
            try (OutputStream out = Files.newOutputStream(target)) {
                content.transferTo(out);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be stored", e);
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("The file could not be read", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover upload is harmless; the job record says it was already imported.
        }
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
