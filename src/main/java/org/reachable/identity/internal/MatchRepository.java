package org.reachable.identity.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.reachable.identity.ChildRecord;
import org.reachable.identity.Identifier;
import org.reachable.identity.IdentifierScheme;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The identity tables as matching needs them: who holds an identifier, registering matched people, review items, and
 * the agency records linked automatically.
 */
@Repository
public class MatchRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final IdentityRepository register;
    private final ObjectMapper json;

    MatchRepository(JdbcClient jdbc, JdbcTemplate batch, IdentityRepository register, ObjectMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.register = register;
        this.json = json;
    }

    public record Holder(IdentifierScheme scheme, String value, UUID personId, LocalDate dateOfBirth) {
    }

    public record ReviewItem(UUID id, UUID incomingPersonId, UUID candidatePersonId, double probability,
                             List<String> evidence, String source) {
    }

    public record Enrichment(UUID personId, List<Identifier> identifiers) {
    }

    /** A person as an agency sent them ({@code source} says which record), linked to {@code personId}. */
    public record AgencyRecord(UUID personId, String source, org.reachable.identity.PersonToMatch person) {
    }

    /** Who holds each of these identifiers, with their date of birth. One query for a whole batch. */
    public List<Holder> holders(Collection<Identifier> identifiers) {
        if (identifiers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select i.scheme, i.value, i.person_id, p.date_of_birth
                        from identity_identifier i join identity_person p on p.id = i.person_id
                        where (i.scheme, i.value) in (
                            select * from unnest(cast(:schemes as text[]), cast(:values as text[])))""")
                .param("schemes", identifiers.stream().map(i -> i.scheme().name()).toArray(String[]::new))
                .param("values", identifiers.stream().map(Identifier::value).toArray(String[]::new))
                .query((rs, n) -> new Holder(IdentifierScheme.valueOf(rs.getString("scheme")), rs.getString("value"),
                        rs.getObject("person_id", UUID.class), rs.getDate("date_of_birth").toLocalDate()))
                .list();
    }

    /**
     * Who holds each of these identifiers, as the child their record now belongs to: a record merged into another
     * child answers with the child it was merged into.
     */
    public List<Holder> currentHolders(Collection<Identifier> identifiers) {
        if (identifiers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select i.scheme, i.value, coalesce(p.merged_into, p.id) as person_id, p.date_of_birth
                        from identity_identifier i join identity_person p on p.id = i.person_id
                        where (i.scheme, i.value) in (
                            select * from unnest(cast(:schemes as text[]), cast(:values as text[])))""")
                .param("schemes", identifiers.stream().map(i -> i.scheme().name()).toArray(String[]::new))
                .param("values", identifiers.stream().map(Identifier::value).toArray(String[]::new))
                .query((rs, n) -> new Holder(IdentifierScheme.valueOf(rs.getString("scheme")), rs.getString("value"),
                        rs.getObject("person_id", UUID.class), rs.getDate("date_of_birth").toLocalDate()))
                .list();
    }

    /** The identifiers these children hold (to see a conflicting NHS number or UPN). */
    public List<Holder> identifiersOf(Collection<UUID> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        // Driven by the list (a nested loop over the primary-key and person indexes, whatever the statistics say).
        // Written as "person_id = any(...)", the server once chose plans reading about 190 blocks a call (4 ms on
        // average, 70 ms at worst; pg_stat_statements, events API straight after a large import).
        return jdbc.sql("""
                        select i.scheme, i.value, i.person_id, p.date_of_birth
                        from unnest(cast(:people as uuid[])) as wanted (id)
                        join identity_person p on p.id = wanted.id
                        join identity_identifier i on i.person_id = wanted.id""")
                .param("people", new java.util.LinkedHashSet<>(people).toArray(UUID[]::new))
                .query((rs, n) -> new Holder(IdentifierScheme.valueOf(rs.getString("scheme")), rs.getString("value"),
                        rs.getObject("person_id", UUID.class), rs.getDate("date_of_birth").toLocalDate()))
                .list();
    }

    /**
     * Registers the children; an identifier another child already holds is left off and returned, by child, for the
     * review item to keep.
     */
    public java.util.Map<UUID, List<Identifier>> register(List<ChildRecord> children) {
        if (children.isEmpty()) {
            return java.util.Map.of();
        }
        List<Identifier> all = children.stream().flatMap(c -> c.identifiers().stream()).toList();
        java.util.Set<String> held = new java.util.HashSet<>();
        holders(all).forEach(h -> held.add(h.scheme() + ":" + h.value()));
        List<ChildRecord> free = children.stream().map(c -> new ChildRecord(c.id(), c.dateOfBirth(), c.sex(),
                c.ethnicity(), c.names(), c.identifiers().stream()
                .filter(i -> !held.contains(i.scheme() + ":" + i.value())).toList(), c.addresses(),
                c.relationships())).toList();
        register.insertAll(free);
        java.util.Map<UUID, List<Identifier>> withheld = new java.util.HashMap<>();
        children.forEach(c -> c.identifiers().stream().filter(i -> held.contains(i.scheme() + ":" + i.value()))
                .forEach(i -> withheld.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(i)));
        return withheld;
    }

    public void insertReviews(List<ReviewItem> items, java.util.Map<UUID, List<Identifier>> withheld, Instant now) {
        if (items.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                        insert into identity_match_review (id, incoming_person_id, candidate_person_id, probability,
                                                           evidence, withheld_identifiers, source, created_at)
                        values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)""",
                items.stream().map(r -> new Object[] {r.id(), r.incomingPersonId(), r.candidatePersonId(),
                        r.probability(), toJson(r.evidence()), toJson(withheld.getOrDefault(r.incomingPersonId(),
                        List.of()).stream().map(i -> java.util.Map.of("scheme", i.scheme().name(), "value", i.value()))
                        .toList()), r.source(), Timestamp.from(now)}).toList());
    }

    /** Adds identifiers that nobody in the register holds yet to children linked automatically. */
    public void addIdentifiers(List<Enrichment> enrichments) {
        List<Object[]> rows = new ArrayList<>();
        enrichments.forEach(e -> e.identifiers().forEach(i -> rows.add(new Object[] {e.personId(), i.scheme().name(),
                i.value()})));
        if (!rows.isEmpty()) {
            batch.batchUpdate("""
                    insert into identity_identifier (person_id, scheme, value) values (?, ?, ?)
                    on conflict (scheme, value) do nothing""", rows);
        }
    }

    /**
     * Keeps the person as the agency sent them, for records linked automatically to a child already registered:
     * the duplicates the matcher's model learns agencies' errors from when it is retrained.
     */
    public void insertAgencyRecords(List<AgencyRecord> records, Instant now) {
        if (records.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                        insert into identity_agency_record (id, person_id, source, given_names, family_name,
                            other_names, date_of_birth, sex, postcode, address_line, identifiers, received_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)""",
                records.stream().map(r -> {
                    org.reachable.identity.PersonToMatch p = r.person();
                    java.util.Map<String, String> ids = new java.util.LinkedHashMap<>();
                    p.identifiers().forEach(i -> ids.putIfAbsent(i.scheme().name(), i.value()));
                    return new Object[] {UUID.randomUUID(), r.personId(), r.source(), p.name().givenNames(),
                            p.name().familyName(), p.otherNames().stream().map(org.reachable.identity.PersonName::full)
                            .toArray(String[]::new), java.sql.Date.valueOf(p.dateOfBirth()), p.sex().name(),
                            p.address() == null ? null : p.address().postcode(),
                            p.address() == null ? null : p.address().line1(), toJson(ids),
                            Timestamp.from(now)};
                }).toList());
    }

    /** Open review items in which this person is the incoming (provisional) one. */
    public long openReviewsFor(UUID incomingPersonId) {
        return jdbc.sql("""
                        select count(*) from identity_match_review
                        where incoming_person_id = :p and status = 'OPEN'""")
                .param("p", incomingPersonId).query(Long.class).single();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Review evidence cannot be written as JSON", e);
        }
    }
}
