package org.reachable.frontdoor.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.reachable.frontdoor.ConcernCategory;
import org.reachable.frontdoor.Contact;
import org.reachable.frontdoor.Decision;
import org.reachable.frontdoor.FamilyKnows;
import org.reachable.frontdoor.MissingContent;
import org.reachable.frontdoor.Rag;
import org.reachable.frontdoor.SharingBasis;
import org.reachable.frontdoor.Urgency;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The front door's contacts (frontdoor_contact). Lists are stored as text arrays of enum names. */
@Repository
public class ContactRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    ContactRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    public String nextReference(int year) {
        long n = jdbc.sql("select nextval('frontdoor_contact_number')").query(Long.class).single();
        return "FD-%d-%06d".formatted(year, n);
    }

    /** References for {@code count} new contacts in {@code year}, in one round trip. */
    public List<String> nextReferences(int year, int count) {
        return jdbc.sql("select nextval('frontdoor_contact_number') from generate_series(1, :count)")
                .param("count", count).query(Long.class).list().stream()
                .map(n -> "FD-%d-%06d".formatted(year, n)).toList();
    }

    /** Inserts the contact; false when an automatic contact for the same source event already exists. */
    public boolean insert(Contact c) {
        return jdbc.sql(INSERT + " on conflict (source_event_id) do nothing").paramSource(parameters(c)).update() == 1;
    }

    /**
     * Inserts the contacts as one batch. A contact for an event that already has one fails the whole batch (the
     * caller leaves out events with contacts: {@link #eventsWithContacts}).
     */
    public void insertAll(List<Contact> contacts) {
        if (!contacts.isEmpty()) {
            named.batchUpdate(INSERT, contacts.stream().map(ContactRepository::parameters)
                    .toArray(SqlParameterSource[]::new));
        }
    }

    /** Which of these events already opened a contact. */
    public Set<UUID> eventsWithContacts(Collection<UUID> eventIds) {
        return eventIds.isEmpty() ? Set.of() : Set.copyOf(jdbc.sql(
                        "select source_event_id from frontdoor_contact where source_event_id = any(:ids)")
                .param("ids", eventIds.toArray(UUID[]::new)).query(UUID.class).list());
    }

    private static final String INSERT = """
            insert into frontdoor_contact (id, reference, person_id, origin, source_event_id,
                source_event_type, referrer_user_id, referrer_name, referrer_organisation_id, received_at,
                out_of_hours, decision_due, categories, what_happened, why_worried, child_voice,
                parent_voice, ethnicity, cultural_heritage, send_or_disability, family_knows,
                sharing_basis, urgency, missing_content, status, referrer_agency, child_sex,
                child_ethnicity, rag, decision, decision_reason, decided_by, decided_at, named_contact,
                assessment_due)
            values (:id, :reference, :personId, :origin, :sourceEventId, :sourceEventType,
                :referrerUserId, :referrerName, :referrerOrganisationId, :receivedAt, :outOfHours,
                :decisionDue, string_to_array(:categories, ','), :whatHappened, :whyWorried, :childVoice,
                :parentVoice, :ethnicity, :culturalHeritage, :sendOrDisability, :familyKnows,
                :sharingBasis, :urgency, string_to_array(:missing, ','), :status, :referrerAgency,
                :childSex, :childEthnicity, :rag, :decision, :decisionReason, :decidedBy, :decidedAt,
                :namedContact, :assessmentDue)""";

    private static MapSqlParameterSource parameters(Contact c) {
        return new MapSqlParameterSource()
                .addValue("id", c.id()).addValue("reference", c.reference()).addValue("personId", c.personId())
                .addValue("origin", c.origin().name()).addValue("sourceEventId", c.sourceEventId())
                .addValue("sourceEventType", c.sourceEventType()).addValue("referrerUserId", c.referrerUserId())
                .addValue("referrerName", c.referrerName())
                .addValue("referrerOrganisationId", c.referrerOrganisationId())
                .addValue("receivedAt", Timestamp.from(c.receivedAt())).addValue("outOfHours", c.outOfHours())
                .addValue("decisionDue", c.decisionDue())
                .addValue("categories", names(c.categories()))
                .addValue("whatHappened", c.whatHappened()).addValue("whyWorried", c.whyWorried())
                .addValue("childVoice", c.childVoice()).addValue("parentVoice", c.parentVoice())
                .addValue("ethnicity", c.ethnicity()).addValue("culturalHeritage", c.culturalHeritage())
                .addValue("sendOrDisability", c.sendOrDisability()).addValue("familyKnows", name(c.familyKnows()))
                .addValue("sharingBasis", name(c.sharingBasis())).addValue("urgency", c.urgency().name())
                .addValue("missing", names(c.missingContent())).addValue("status", c.status().name())
                .addValue("referrerAgency", c.referrerAgency()).addValue("childSex", c.childSex())
                .addValue("childEthnicity", c.childEthnicity()).addValue("rag", name(c.rag()))
                .addValue("decision", name(c.decision())).addValue("decisionReason", c.decisionReason())
                .addValue("decidedBy", c.decidedBy())
                .addValue("decidedAt", c.decidedAt() == null ? null : Timestamp.from(c.decidedAt()))
                .addValue("namedContact", c.namedContact()).addValue("assessmentDue", c.assessmentDue());
    }

    public Optional<Contact> find(UUID id) {
        return jdbc.sql("select * from frontdoor_contact where id = :id").param("id", id)
                .query(ContactRepository::contact).optional();
    }

    public Optional<Contact> findBySourceEvent(UUID eventId) {
        return jdbc.sql("select * from frontdoor_contact where source_event_id = :id").param("id", eventId)
                .query(ContactRepository::contact).optional();
    }

    /**
     * Open contacts received since {@code since} (null: all), the most pressing first: due soonest, then received
     * earliest.
     */
    public List<Contact> open(Instant since, int limit) {
        return jdbc.sql("""
                        select * from frontdoor_contact
                        where status = 'OPEN' and received_at >= cast(:since as timestamptz)
                        order by decision_due, received_at limit :limit""")
                .param("since", Timestamp.from(since == null ? Instant.EPOCH : since)).param("limit", limit)
                .query(ContactRepository::contact).list();
    }

    public long countOpen() {
        return jdbc.sql("select count(*) from frontdoor_contact where status = 'OPEN'").query(Long.class).single();
    }

    public List<Contact> byReferrer(UUID userId, int limit) {
        return jdbc.sql("""
                        select * from frontdoor_contact where referrer_user_id = :user
                        order by received_at desc limit :limit""")
                .param("user", userId).param("limit", limit).query(ContactRepository::contact).list();
    }

    /** Records the screening; false if the contact changed since it was read (version) or is no longer open. */
    public boolean screen(UUID id, int version, Rag rag, String note, String by, Instant at) {
        return jdbc.sql("""
                        update frontdoor_contact set rag = :rag, screening_note = :note, screened_by = :by,
                            screened_at = :at, version = version + 1
                        where id = :id and version = :version and status = 'OPEN'""")
                .param("rag", rag.name()).param("note", note).param("by", by).param("at", Timestamp.from(at))
                .param("id", id).param("version", version).update() == 1;
    }

    public boolean decide(UUID id, int version, Decision decision, String reason, UUID userId, String by,
                          Instant at, String namedContact, LocalDate assessmentDue) {
        return jdbc.sql("""
                        update frontdoor_contact set status = 'DECIDED', decision = :decision,
                            decision_reason = :reason, decided_by_user_id = :userId, decided_by = :by,
                            decided_at = :at, named_contact = :namedContact, assessment_due = :assessmentDue,
                            version = version + 1
                        where id = :id and version = :version and status = 'OPEN'""")
                .param("decision", decision.name()).param("reason", reason).param("userId", userId)
                .param("by", by).param("at", Timestamp.from(at)).param("namedContact", namedContact)
                .param("assessmentDue", assessmentDue).param("id", id).param("version", version).update() == 1;
    }

    static Contact contact(ResultSet rs, int row) throws SQLException {
        return new Contact(rs.getObject("id", UUID.class), rs.getString("reference"),
                rs.getObject("person_id", UUID.class), Contact.Origin.valueOf(rs.getString("origin")),
                rs.getObject("source_event_id", UUID.class), rs.getString("source_event_type"),
                rs.getObject("referrer_user_id", UUID.class), rs.getString("referrer_name"),
                rs.getObject("referrer_organisation_id", UUID.class), instant(rs, "received_at"),
                rs.getBoolean("out_of_hours"), rs.getObject("decision_due", LocalDate.class),
                list(rs, "categories", ConcernCategory::valueOf), rs.getString("what_happened"),
                rs.getString("why_worried"), rs.getString("child_voice"), rs.getString("parent_voice"),
                rs.getString("ethnicity"), rs.getString("cultural_heritage"), rs.getString("send_or_disability"),
                value(rs, "family_knows", FamilyKnows::valueOf), value(rs, "sharing_basis", SharingBasis::valueOf),
                Urgency.valueOf(rs.getString("urgency")), list(rs, "missing_content", MissingContent::valueOf),
                Contact.Status.valueOf(rs.getString("status")), value(rs, "rag", Rag::valueOf),
                rs.getString("screening_note"), rs.getString("screened_by"), instant(rs, "screened_at"),
                value(rs, "decision", Decision::valueOf), rs.getString("decision_reason"), rs.getString("decided_by"),
                instant(rs, "decided_at"), rs.getString("named_contact"),
                rs.getObject("assessment_due", LocalDate.class), rs.getInt("version"), rs.getString("referrer_agency"),
                rs.getString("child_sex"), rs.getString("child_ethnicity"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static <T> T value(ResultSet rs, String column, Function<String, T> parse) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : parse.apply(text);
    }

    private static <T> List<T> list(ResultSet rs, String column, Function<String, T> parse) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((String[]) array.getArray()).map(parse).toList();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Enum names joined for string_to_array; an empty list gives '' which becomes an empty array. */
    private static String names(List<? extends Enum<?>> values) {
        return String.join(",", values.stream().map(Enum::name).toList());
    }
}
