package org.reachable.chronology.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** Which of a child's events to show: types, organisations and a period [from, to). Null means no restriction. */
public record EventFilter(List<String> typeCodes, List<UUID> organisationIds, Instant from, Instant to) {

    public static EventFilter none() {
        return new EventFilter(null, null, null, null);
    }

    MapSqlParameterSource parameters(UUID personId) {
        return new MapSqlParameterSource()
                .addValue("personId", personId)
                .addValue("types", typeCodes == null || typeCodes.isEmpty() ? null : typeCodes.toArray(String[]::new),
                        java.sql.Types.ARRAY)
                .addValue("organisations", organisationIds == null || organisationIds.isEmpty() ? null
                        : organisationIds.toArray(UUID[]::new), java.sql.Types.ARRAY)
                .addValue("from", from == null ? null : Timestamp.from(from), java.sql.Types.TIMESTAMP)
                .addValue("to", to == null ? null : Timestamp.from(to), java.sql.Types.TIMESTAMP);
    }
}
