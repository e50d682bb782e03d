package org.reachable.identity.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.reachable.identity.Identifier;
import org.reachable.identity.IdentifierScheme;
import org.reachable.identity.PersonName;
import org.reachable.identity.Sex;
import org.reachable.linkage.LinkageModel;
import org.reachable.linkage.PersonRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The identity tables as the linkage engine needs them: the whole register in bulk (to index and to train on), the
 * agency records it linked, reviewers' decisions, and the stored models.
 */
@Repository
class LinkageRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ObjectMapper json;

    LinkageRepository(JdbcClient jdbc, JdbcTemplate batch, ObjectMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /** A person of the register; {@code mergedInto} the child a reviewer merged them into, if any. */
    record RegisterPerson(UUID id, UUID mergedInto, PersonRecord record) {

        boolean merged() {
            return mergedInto != null;
        }
    }

    /** A review item a person decided: whether the incoming and candidate records are the same child. */
    record Label(UUID incomingId, UUID candidateId, boolean same) {
    }

    record StoredModel(long id, Instant trainedAt, LinkageModel.Parameters parameters, Map<String, Object> summary) {
    }

    /** Every person in the register (merged ones too, marked), in the order they were registered. */
    List<RegisterPerson> register() {
        record Row(UUID id, java.time.LocalDate dob, Sex sex, UUID mergedInto) {
        }
        List<Row> rows = jdbc.sql("""
                        select id, date_of_birth, sex, merged_into from identity_person order by created_at, id""")
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getDate("date_of_birth").toLocalDate(),
                        Sex.valueOf(rs.getString("sex")), rs.getObject("merged_into", UUID.class)))
                .list();
        Map<UUID, List<PersonName>> names = new HashMap<>();
        jdbc.sql("""
                        select person_id, kind, given_names, family_name from identity_name order by id""")
                .query(rs -> {
                    names.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new ArrayList<>())
                            .add(new PersonName(PersonName.Kind.valueOf(rs.getString("kind")),
                                    rs.getString("given_names"), rs.getString("family_name"), null, null));
                });
        Map<UUID, List<Identifier>> identifiers = new HashMap<>();
        jdbc.sql("""
                        select person_id, scheme, value from identity_identifier order by scheme""")
                .query(rs -> {
                    identifiers.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new ArrayList<>())
                            .add(new Identifier(IdentifierScheme.valueOf(rs.getString("scheme")),
                                    rs.getString("value"), null));
                });
        Map<UUID, String[]> addresses = new HashMap<>();
        jdbc.sql("""
                        select distinct on (person_id) person_id, line1, postcode, valid_from from identity_address
                        where valid_to is null order by person_id, valid_from desc""")
                .query(rs -> {
                    addresses.put(rs.getObject("person_id", UUID.class),
                            new String[] {rs.getString("postcode"), rs.getString("line1")});
                });
        List<RegisterPerson> people = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<PersonName> personNames = names.get(row.id());
            if (personNames == null) {
                continue;
            }
            String[] address = addresses.getOrDefault(row.id(), new String[] {"", ""});
            people.add(new RegisterPerson(row.id(), row.mergedInto(), LinkageRecords.record(row.id(),
                    LinkageRecords.REGISTER, personNames, row.dob().toString(), row.sex(), address[0], address[1],
                    identifiers.getOrDefault(row.id(), List.of()))));
        }
        return people;
    }

    /** The most recent agency records, newest first, as the engine compares them (id: the record's own id). */
    List<PersonRecord> agencyRecords(int limit) {
        return jdbc.sql("""
                        select id, source, given_names, family_name, other_names, date_of_birth, sex, postcode,
                               address_line, identifiers
                        from identity_agency_record order by received_at desc limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> {
                    List<PersonName> names = new ArrayList<>();
                    names.add(new PersonName(PersonName.Kind.CURRENT, rs.getString("given_names"),
                            rs.getString("family_name"), null, null));
                    for (String other : (String[]) rs.getArray("other_names").getArray()) {
                        int space = other.lastIndexOf(' ');
                        names.add(new PersonName(PersonName.Kind.ALIAS, space < 0 ? "" : other.substring(0, space),
                                other.substring(space + 1), null, null));
                    }
                    List<Identifier> ids = new ArrayList<>();
                    read(rs.getString("identifiers")).forEach((scheme, value) ->
                            ids.add(new Identifier(IdentifierScheme.valueOf(scheme), value, null)));
                    return LinkageRecords.record(rs.getObject("id", UUID.class), rs.getString("source"), names,
                            rs.getDate("date_of_birth").toLocalDate().toString(), Sex.valueOf(rs.getString("sex")),
                            rs.getString("postcode"), rs.getString("address_line"), ids);
                })
                .list();
    }

    /** Agency records linked automatically plus records merged by a reviewer. */
    long duplicatesToLearnFrom() {
        return jdbc.sql("""
                        select (select count(*) from identity_agency_record)
                             + (select count(*) from identity_person where merged_into is not null)""")
                .query(Long.class).single();
    }

    /**
     * Reviewers' decisions, oldest first. A SAME decision whose merge was later undone counts as DIFFERENT: the
     * person who separated the records found they were two children.
     */
    List<Label> labels() {
        return jdbc.sql("""
                        select r.incoming_person_id, r.candidate_person_id,
                               r.status = 'SAME' and not exists (
                                   select 1 from identity_merge m where m.review_id = r.id and m.unmerged_at is not null
                               ) as same
                        from identity_match_review r
                        where r.status in ('SAME', 'DIFFERENT') order by r.decided_at""")
                .query((rs, n) -> new Label(rs.getObject("incoming_person_id", UUID.class),
                        rs.getObject("candidate_person_id", UUID.class), rs.getBoolean("same")))
                .list();
    }

    void saveModel(Instant at, int register, int agency, int merged, int labelled, long millis,
                   LinkageModel.Parameters parameters, Map<String, Object> summary) {
        jdbc.sql("""
                        insert into identity_linkage_model (trained_at, register_people, agency_records,
                            merged_records, labelled_pairs, training_ms, parameters, summary)
                        values (:at, :register, :agency, :merged, :labelled, :ms, cast(:parameters as jsonb),
                                cast(:summary as jsonb))""")
                .param("at", Timestamp.from(at)).param("register", register).param("agency", agency)
                .param("merged", merged).param("labelled", labelled).param("ms", (int) millis)
                .param("parameters", write(parameters)).param("summary", write(summary))
                .update();
    }

    /** The id of the newest trained model, 0 if none: one cheap read for servers to notice a retrained model. */
    long latestModelId() {
        return jdbc.sql("select coalesce(max(id), 0) from identity_linkage_model").query(Long.class).single();
    }

    Optional<StoredModel> latestModel() {
        return jdbc.sql("""
                        select id, trained_at, parameters, summary from identity_linkage_model
                        order by id desc limit 1""")
                .query((rs, n) -> new StoredModel(rs.getLong("id"), rs.getTimestamp("trained_at").toInstant(),
                        parameters(rs.getString("parameters")), readObject(rs.getString("summary"))))
                .optional();
    }

    void deleteModel(long id) {
        jdbc.sql("delete from identity_linkage_model where id = :id").param("id", id).update();
    }

    LinkageModel.Parameters parameters(String text) {
        try {
            return json.readValue(text, LinkageModel.Parameters.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored linkage model cannot be read", e);
        }
    }

    private Map<String, String> read(String text) {
        try {
            return json.readValue(text, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored identifiers cannot be read", e);
        }
    }

    private Map<String, Object> readObject(String text) {
        try {
            return json.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored training summary cannot be read", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot be written as JSON", e);
        }
    }
}
