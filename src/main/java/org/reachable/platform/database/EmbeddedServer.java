package org.reachable.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL server per JVM. Tests start many Spring contexts; they all share the one server, which
 * stops when the JVM exits.
 */
final class EmbeddedServer {

    private static EmbeddedServer instance;

    private final EmbeddedPostgres postgres;

    private EmbeddedServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static synchronized EmbeddedServer start(EmbeddedDatabaseProperties properties) {
        if (instance == null) {
            instance = new EmbeddedServer(startPostgres(properties));
            if (properties.ephemeral()) {
                // A test server is shared by every test context: stop it once Spring has closed them all. A JVM hook of
                // its own would run alongside Spring's and pull the database from under beans still closing (Spring
                // Modulith's event log reads it on the way down).
                SpringApplication.getShutdownHandlers().add(EmbeddedServer::stop);
            }
        }
        return instance;
    }

    /** Stops the server; the next start reuses its data directory. */
    static synchronized void stop() {
        if (instance != null) {
            try {
                instance.postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not stop the embedded PostgreSQL server", e);
            } finally {
                instance = null;
            }
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    private static EmbeddedPostgres startPostgres(EmbeddedDatabaseProperties properties) {
        try {
            Path directory = properties.ephemeral()
                    ? Files.createTempDirectory("reachable-pg")
                    : Files.createDirectories(Path.of(properties.directory()).toAbsolutePath());
            return EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(properties.ephemeral())
                    // Stopped by Spring, after the connection pool closes (see EmbeddedDatabaseConfiguration) or, for a
                    // test server, after every context has closed; a JVM hook would stop it while Spring still needs it.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "120")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("fsync", properties.ephemeral() ? "off" : "on")
                    .setServerConfig("synchronous_commit", properties.ephemeral() ? "off" : "on")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }
}
