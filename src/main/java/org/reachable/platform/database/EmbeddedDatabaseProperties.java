package org.reachable.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL server.
 *
 * @param directory where the server keeps its files; reused on the next start
 * @param ephemeral a throw-away server in a temporary directory, shared by everything in this JVM (tests)
 * @param poolSize  connections in the application's pool
 */
@ConfigurationProperties("reachable.database")
record EmbeddedDatabaseProperties(
        @DefaultValue("./data/postgres") String directory,
        @DefaultValue("false") boolean ephemeral,
        @DefaultValue("20") int poolSize) {
}
