package org.reachable.identity.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.reachable.identity.Address;
import org.reachable.identity.AgeAndPostcode;
import org.reachable.identity.ChildRecord;
import org.reachable.identity.ChildSummary;
import org.reachable.identity.Demographics;
import org.reachable.identity.Ethnicity;
import org.reachable.identity.Identifier;
import org.reachable.identity.IdentifierScheme;
import org.reachable.identity.PersonName;
import org.reachable.identity.Relationship;
import org.reachable.identity.Sex;
import org.reachable.platform.database.BulkCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The identity module's tables. */
@Repository
public class IdentityRepository {

    private static final String DISPLAY_NAME = """
            (select n.given_names || ' ' || n.family_name from identity_name n
             where n.person_id = p.id and n.kind in ('PREFERRED', 'CURRENT')
             order by case n.kind when 'PREFERRED' then 0 else 1 end limit 1)""";

    private static final String CURRENT_POSTCODE = """
            (select a.postcode from identity_address a
             where a.person_id = p.id and a.valid_to is null order by a.valid_from desc limit 1)""";

    private final JdbcClient jdbc;
    private final BulkCopy bulk;
    private final RegisterIndex index;

    IdentityRepository(JdbcClient jdbc, BulkCopy bulk, RegisterIndex index) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.index = index;
    }

    public Optional<ChildRecord> find(UUID id) {
        record Row(LocalDate dob, Sex sex, Ethnicity ethnicity) {
        }
        Optional<Row> row = jdbc.sql("select date_of_birth, sex, ethnicity from identity_person where id = :id")
                .param("id", id)
                .query((rs, n) -> new Row(rs.getDate("date_of_birth").toLocalDate(), Sex.valueOf(rs.getString("sex")),
                        rs.getString("ethnicity") == null ? null : Ethnicity.valueOf(rs.getString("ethnicity"))))
                .optional();
        return row.map(r -> new ChildRecord(id, r.dob(), r.sex(), r.ethnicity(), names(id), identifiers(id),
                addresses(id), relationships(id)));
    }

    private List<PersonName> names(UUID id) {
        return jdbc.sql("""
                        select kind, given_names, family_name, valid_from, valid_to from identity_name
                        where person_id = :id order by id""")
                .param("id", id)
                .query((rs, n) -> new PersonName(PersonName.Kind.valueOf(rs.getString("kind")),
                        rs.getString("given_names"), rs.getString("family_name"), date(rs.getDate("valid_from")),
                        date(rs.getDate("valid_to"))))
                .list();
    }

    private List<Identifier> identifiers(UUID id) {
        return jdbc.sql("select scheme, value, issuer from identity_identifier where person_id = :id order by scheme")
                .param("id", id)
                .query((rs, n) -> new Identifier(IdentifierScheme.valueOf(rs.getString("scheme")),
                        rs.getString("value"), rs.getString("issuer")))
                .list();
    }

    private List<Address> addresses(UUID id) {
        return jdbc.sql("""
                        select line1, town, postcode, lsoa_code, valid_from, valid_to from identity_address
                        where person_id = :id order by valid_from desc""")
                .param("id", id)
                .query((rs, n) -> new Address(rs.getString("line1"), rs.getString("town"), rs.getString("postcode"),
                        rs.getString("lsoa_code"), date(rs.getDate("valid_from")), date(rs.getDate("valid_to"))))
                .list();
    }

    private List<Relationship> relationships(UUID id) {
        return jdbc.sql("""
                        select related_person_id, related_name, kind, same_household, parental_responsibility
                        from identity_relationship where person_id = :id order by id""")
                .param("id", id)
                .query((rs, n) -> new Relationship(rs.getObject("related_person_id", UUID.class),
                        rs.getString("related_name"), Relationship.Kind.valueOf(rs.getString("kind")),
                        rs.getBoolean("same_household"), rs.getBoolean("parental_responsibility")))
                .list();
    }

    public Map<UUID, AgeAndPostcode> agesAndPostcodes(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select p.id, p.date_of_birth,
                               (select a.postcode from identity_address a where a.person_id = p.id and a.valid_to is null
                                order by a.valid_from desc limit 1) as postcode
                        from identity_person p where p.id = any(cast(:ids as uuid[]))""")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> new AgeAndPostcode(rs.getObject("id", UUID.class),
                        rs.getDate("date_of_birth").toLocalDate(), rs.getString("postcode")))
                .list().stream().collect(Collectors.toMap(AgeAndPostcode::personId, f -> f));
    }

    public List<Demographics> demographics() {
        return jdbc.sql("select id, ethnicity, sex, date_of_birth from identity_person where merged_into is null")
                .query((rs, n) -> new Demographics(rs.getObject("id", UUID.class),
                        rs.getString("ethnicity") == null ? null : Ethnicity.valueOf(rs.getString("ethnicity")),
                        Sex.valueOf(rs.getString("sex")), rs.getDate("date_of_birth").toLocalDate()))
                .list();
    }

    public Map<UUID, Demographics> demographicsOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, ethnicity, sex, date_of_birth from identity_person where id = any(cast(:ids as uuid[]))")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> new Demographics(rs.getObject("id", UUID.class),
                        rs.getString("ethnicity") == null ? null : Ethnicity.valueOf(rs.getString("ethnicity")),
                        Sex.valueOf(rs.getString("sex")), rs.getDate("date_of_birth").toLocalDate()))
                .list().stream().collect(Collectors.toMap(Demographics::personId, d -> d));
    }

    public Map<UUID, String> names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select p.id, " + DISPLAY_NAME + " as name from identity_person p where p.id in (:ids)")
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Optional<UUID> findByIdentifier(IdentifierScheme scheme, String value) {
        return jdbc.sql("select person_id from identity_identifier where scheme = :scheme and value = :value")
                .param("scheme", scheme.name()).param("value", value)
                .query(UUID.class).optional();
    }

    /**
     * Identifier: exact match. Name: trigram similarity over every name the child has been known by (previous
     * surnames and aliases included). Date of birth narrows either, or lists the children born that day.
     */
    public List<ChildSummary> search(String name, LocalDate dob, String identifier, int limit) {
        String summary = "select p.id, " + DISPLAY_NAME + " as name, p.date_of_birth, " + CURRENT_POSTCODE
                + " as postcode, c.matched, c.score from identity_person p join ";
        JdbcClient.StatementSpec spec;
        if (identifier != null) {
            spec = jdbc.sql(summary + """
                            (select person_id, 'identifier ' || scheme as matched, 1.0 as score
                             from identity_identifier where value = :identifier) c on c.person_id = p.id
                            where p.merged_into is null and (cast(:dob as date) is null or p.date_of_birth = cast(:dob as date))
                            order by name limit :limit""")
                    .param("identifier", identifier);
        } else if (name != null) {
            spec = jdbc.sql(summary + """
                            (select person_id, 'name' as matched, max(similarity(search_text, :name)) as score
                             from identity_name where search_text % :name group by person_id) c on c.person_id = p.id
                            where p.merged_into is null and (cast(:dob as date) is null or p.date_of_birth = cast(:dob as date))
                            order by c.score desc, name limit :limit""")
                    .param("name", name.toLowerCase());
        } else {
            spec = jdbc.sql(summary + """
                            (select id as person_id, 'date of birth' as matched, 1.0 as score
                             from identity_person where date_of_birth = cast(:dob as date)) c on c.person_id = p.id
                            where p.merged_into is null order by name limit :limit""");
        }
        return spec.param("dob", dob == null ? null : Date.valueOf(dob)).param("limit", limit)
                .query((rs, n) -> {
                    String postcode = rs.getString("postcode");
                    return new ChildSummary(rs.getObject("id", UUID.class), rs.getString("name"),
                            rs.getDate("date_of_birth").toLocalDate(),
                            postcode == null ? "" : new Address("", "", postcode, null, null, null).postcodeSector(),
                            rs.getString("matched"));
                })
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from identity_person").query(Long.class).single();
    }

    /** Registers the children; the matcher's index gains them when the transaction commits. */
    public void insertAll(Collection<ChildRecord> records) {
        index.registered(records);
        bulk.copy("copy identity_person (id, date_of_birth, sex, ethnicity) from stdin (format csv)",
                () -> records.stream().map(r -> new Object[] {r.id(), r.dateOfBirth(), r.sex().name(),
                        r.ethnicity() == null ? null : r.ethnicity().name()}).iterator());
        List<Object[]> names = new ArrayList<>();
        List<Object[]> identifiers = new ArrayList<>();
        List<Object[]> addresses = new ArrayList<>();
        List<Object[]> relationships = new ArrayList<>();
        for (ChildRecord r : records) {
            r.names().forEach(n -> names.add(new Object[] {r.id(), n.kind().name(), n.givenNames(), n.familyName(),
                    n.validFrom(), n.validTo()}));
            r.identifiers().forEach(i -> identifiers.add(new Object[] {r.id(), i.scheme().name(), i.value(),
                    i.issuer()}));
            r.addresses().forEach(a -> addresses.add(new Object[] {r.id(), a.line1(), a.town(), a.postcode(),
                    a.lsoaCode(), a.validFrom(), a.validTo()}));
            r.relationships().forEach(x -> relationships.add(new Object[] {r.id(), x.relatedPersonId(),
                    x.relatedName(), x.kind().name(), x.sameHousehold(), x.parentalResponsibility()}));
        }
        bulk.copy("""
                copy identity_name (person_id, kind, given_names, family_name, valid_from, valid_to)
                from stdin (format csv)""", names);
        bulk.copy("copy identity_identifier (person_id, scheme, value, issuer) from stdin (format csv)",
                identifiers);
        bulk.copy("""
                copy identity_address (person_id, line1, town, postcode, lsoa_code, valid_from, valid_to)
                from stdin (format csv)""", addresses);
        bulk.copy("""
                copy identity_relationship
                    (person_id, related_person_id, related_name, kind, same_household, parental_responsibility)
                from stdin (format csv)""", relationships);
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
