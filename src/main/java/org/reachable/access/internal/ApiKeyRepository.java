package org.reachable.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reachable.access.ApiKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The access_api_key table: hashes of agencies' API keys, never the keys. */
@Repository
public class ApiKeyRepository {

    private static final String SELECT = """
            select id, organisation_id, name, key_prefix, created_at, revoked_at from access_api_key""";

    private final JdbcClient jdbc;

    ApiKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ApiKey key, String hash, UUID createdBy) {
        jdbc.sql("""
                        insert into access_api_key (id, organisation_id, name, key_prefix, key_hash, created_by, created_at)
                        values (:id, :org, :name, :prefix, :hash, :by, :at)""")
                .param("id", key.id()).param("org", key.organisationId()).param("name", key.name())
                .param("prefix", key.prefix()).param("hash", hash).param("by", createdBy)
                .param("at", Timestamp.from(key.createdAt())).update();
    }

    public List<ApiKey> all() {
        return jdbc.sql(SELECT + " order by revoked_at nulls first, created_at desc").query(ApiKeyRepository::key).list();
    }

    public Optional<ApiKey> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(ApiKeyRepository::key).optional();
    }

    public Optional<ApiKey> activeByHash(String hash) {
        return jdbc.sql(SELECT + " where key_hash = :hash and revoked_at is null").param("hash", hash)
                .query(ApiKeyRepository::key).optional();
    }

    public void revoke(UUID id, UUID by, Instant at) {
        jdbc.sql("update access_api_key set revoked_at = :at, revoked_by = :by where id = :id and revoked_at is null")
                .param("id", id).param("by", by).param("at", Timestamp.from(at)).update();
    }

    private static ApiKey key(ResultSet rs, int row) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new ApiKey(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getString("name"), rs.getString("key_prefix"), rs.getTimestamp("created_at").toInstant(),
                revoked == null ? null : revoked.toInstant());
    }
}
