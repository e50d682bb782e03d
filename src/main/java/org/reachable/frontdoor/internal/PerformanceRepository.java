package org.reachable.frontdoor.internal;

import static org.reachable.frontdoor.internal.ContactRepository.instant;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows the performance figures are counted from: one per contact received in the period. */
@Repository
public class PerformanceRepository {

    /** What the figures need of one contact. {@code reReferral}: the child had another contact in the 12 months before. */
    public record Row(UUID id, String reference, UUID personId, String origin, boolean outOfHours, String status,
                      String decision, Instant decidedAt, LocalDate decisionDue, boolean hasReason,
                      boolean hasChildVoice, boolean hasEthnicity, String referrerAgency, String childSex,
                      String childEthnicity, boolean reReferral) {
    }

    private final JdbcClient jdbc;

    PerformanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Contacts received on London dates {@code from} to {@code to} inclusive. */
    public List<Row> received(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select c.*, exists (
                            select 1 from frontdoor_contact p
                            where p.person_id = c.person_id and p.received_at < c.received_at
                              and p.received_at >= c.received_at - interval '12 months') as re_referral
                        from frontdoor_contact c
                        where c.received_at >= (cast(:from as date)::timestamp at time zone 'Europe/London')
                          and c.received_at < (cast(:to as date)::timestamp at time zone 'Europe/London')""")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to.plusDays(1)))
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getObject("person_id", UUID.class), rs.getString("origin"), rs.getBoolean("out_of_hours"),
                        rs.getString("status"), rs.getString("decision"), instant(rs, "decided_at"),
                        rs.getObject("decision_due", LocalDate.class), rs.getString("why_worried") != null,
                        rs.getString("child_voice") != null,
                        rs.getString("ethnicity") != null && !"NOBT".equals(rs.getString("ethnicity")),
                        rs.getString("referrer_agency"), rs.getString("child_sex"), rs.getString("child_ethnicity"),
                        rs.getBoolean("re_referral")))
                .list();
    }

    /** A reproducible random sample of decided contacts: the same seed gives the same sample. */
    public List<Row> sample(LocalDate from, LocalDate to, int size, String seed) {
        return received(from, to).stream().filter(r -> "DECIDED".equals(r.status()))
                .sorted(java.util.Comparator.comparing(r -> hash(seed, r.id())))
                .limit(size).toList();
    }

    private static String hash(String seed, UUID id) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((seed + ":" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
