package org.reachable.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} (env {@code SPRING_DATASOURCE_URL}) configured, Reachable runs a real
 * PostgreSQL server in-process, keeping its files under {@code reachable.database.directory} (default
 * {@code ./data/postgres}) so a second start reuses the data.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseUrlConfigured.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabaseProperties properties) {
        EmbeddedServer server = EmbeddedServer.start(properties);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername("postgres");
        config.setMaximumPoolSize(properties.poolSize());
        config.setPoolName("reachable-embedded");
        // A JDBC batch of inserts (audit rows, identifiers, agency records) travels as multi-row INSERTs, which the
        // server plans and executes once per few hundred rows instead of once per row.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new PoolThenServer(config, properties.ephemeral());
    }

    /**
     * Closing the pool also stops the application's server, last, once nothing needs it. A throw-away test server is
     * shared by every test context and stops with the JVM instead.
     */
    static final class PoolThenServer extends HikariDataSource {

        private final boolean ephemeral;

        PoolThenServer(HikariConfig config, boolean ephemeral) {
            super(config);
            this.ephemeral = ephemeral;
        }

        @Override
        public void close() {
            super.close();
            if (!ephemeral) {
                EmbeddedServer.stop();
            }
        }
    }
}
