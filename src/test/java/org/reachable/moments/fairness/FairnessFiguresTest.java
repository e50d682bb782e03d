package org.reachable.moments.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reachable.moments.MomentRules;
import org.reachable.moments.ReevaluationProgress;
import org.reachable.moments.internal.Reevaluation;
import org.reachable.moments.rules.MomentRule;
import org.reachable.support.ReachableTest;
import org.reachable.synthetic.BoroughLoader;
import org.reachable.synthetic.BoroughSpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The fairness monitor's figures on a synthetic borough, after every rule has been checked for every child, equal
 * those computed independently here in SQL from the register, the chronology and the findings (ethnic groups and
 * relative rate indices worked out again, not by the monitor's code).
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FairnessFiguresTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String BROAD_GROUP = """
            case when p.ethnicity like 'W%' then 'White' when p.ethnicity like 'M%' then 'Mixed'
                 when p.ethnicity like 'A%' or p.ethnicity = 'CHNE' then 'Asian' when p.ethnicity like 'B%' then 'Black'
                 when p.ethnicity = 'OOTH' then 'Other' else 'Not known' end""";

    @Autowired
    BoroughLoader loader;
    @Autowired
    Reevaluation reevaluation;
    @Autowired
    MomentRules rules;
    @Autowired
    FairnessMonitor monitor;
    @Autowired
    JdbcClient jdbc;

    private Instant from;
    private Instant to;

    @BeforeAll
    void loadABoroughAndCheckEveryRule() throws InterruptedException {
        // A seed no other test loads: organisation ids come from the seed, and the namespace keeps the rest apart.
        loader.run(BoroughSpec.of(5353, 4000, LocalDate.now()).inNamespace("fairit"), null, true, 500, p -> { });
        UUID run = reevaluation.start("Fairness test: every rule for every child",
                rules.active().stream().map(s -> s.key()).toList());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            ReevaluationProgress progress = rules.latestRun().orElseThrow();
            if (progress.id().equals(run) && progress.finished()) {
                break;
            }
            Thread.sleep(200);
        }
        to = Instant.now();
        from = to.minus(Duration.ofDays(365));
    }

    @Test
    void populationAlertsAndIndicesByEthnicGroupMatchAnIndependentCount() {
        FairnessReport report = monitor.report(FairnessReport.Breakdown.ETHNICITY, from, to);
        assertThat(report.rules().getFirst().rows()).as("every group present").hasSizeGreaterThanOrEqualTo(5);

        Map<String, Long> population = counts("select " + BROAD_GROUP
                + " as g, count(*) as n from identity_person p where p.merged_into is null group by 1", Map.of());
        Map<String, Long> alertedAny = counts("select " + BROAD_GROUP + """
                 as g, count(distinct p.id) as n from identity_person p join moments_finding f on f.person_id = p.id
                where p.merged_into is null and f.found_at >= :from and f.found_at < :to group by 1""",
                Map.of("from", Timestamp.from(from), "to", Timestamp.from(to)));
        assertThat(alertedAny.values().stream().mapToLong(Long::longValue).sum())
                .as("the borough raised alerts to check against").isGreaterThanOrEqualTo(10);

        RuleFairness all = report.rules().getFirst();
        assertThat(all.ruleKey()).isNull();
        for (FairnessRow row : all.rows()) {
            assertThat(row.population()).as(row.group()).isEqualTo(population.getOrDefault(row.group(), 0L));
            assertThat(row.alerted()).as(row.group()).isEqualTo(alertedAny.getOrDefault(row.group(), 0L));
            if (!row.group().equals("White") && row.alerted() > 0 && alertedAny.getOrDefault("White", 0L) > 0) {
                assertThat(row.alertRate().index()).as(row.group()).isEqualTo(ratio(row.alerted(),
                        population.get(row.group()), alertedAny.get("White"), population.get("White")));
            }
        }
    }

    @Test
    void forOneRuleTheRecordedEventsAndAlertsAmongThemMatchAnIndependentCount() {
        MomentRule rule = rules.activeRule("repeated-police-contact").orElseThrow();
        RuleFairness fairness = monitor.report(FairnessReport.Breakdown.ETHNICITY, from, to).rules().stream()
                .filter(r -> rule.key().equals(r.ruleKey())).findFirst().orElseThrow();
        Map<String, Object> window = Map.of("from", Timestamp.from(from), "to", Timestamp.from(to),
                "rule", rule.key());
        Map<String, Long> withEvents = counts("select " + BROAD_GROUP + """
                 as g, count(*) as n from identity_person p
                where p.merged_into is null and (
                    exists (select 1 from chronology_event e where e.person_id = p.id and e.type in
                            ('police.incident', 'police.weapon-incident', 'police.arrest', 'police.stop-and-search',
                             'police.custody') and e.occurred_at >= :from and e.occurred_at < :to)
                    or exists (select 1 from moments_finding f where f.person_id = p.id and f.rule_key = :rule
                            and f.found_at >= :from and f.found_at < :to))
                group by 1""", window);
        Map<String, Long> alerted = counts("select " + BROAD_GROUP + """
                 as g, count(distinct p.id) as n from identity_person p join moments_finding f on f.person_id = p.id
                where p.merged_into is null and f.rule_key = :rule and f.found_at >= :from and f.found_at < :to
                group by 1""", window);
        for (FairnessRow row : fairness.rows()) {
            assertThat(row.withEvents()).as(row.group()).isEqualTo(withEvents.getOrDefault(row.group(), 0L));
            assertThat(row.alerted()).as(row.group()).isEqualTo(alerted.getOrDefault(row.group(), 0L));
            if (!row.group().equals("White") && row.alerted() > 0 && alerted.getOrDefault("White", 0L) > 0) {
                assertThat(row.alertsGivenEvents().index()).as(row.group()).isEqualTo(ratio(row.alerted(),
                        row.withEvents(), alerted.get("White"), withEvents.get("White")));
            }
        }
    }

    @Test
    void theFullBreakdownMatchesAnIndependentCountByEthnicGroupSexAndAgeBand() {
        LocalDate day = to.atZone(LONDON).toLocalDate();
        Map<String, Long> population = counts("select " + BROAD_GROUP + """
                 || ', ' || case p.sex when 'F' then 'female' when 'M' then 'male' when 'X' then 'indeterminate'
                                else 'not known' end || ', ' ||
                case when age < 10 then '0 to 9' when age < 14 then '10 to 13' when age < 16 then '14 to 15'
                     when age < 18 then '16 to 17' else '18 to 24' end as g, count(*) as n
                from (select *, extract(year from age(cast(:day as date), date_of_birth)) as age
                      from identity_person) p
                where p.merged_into is null group by 1""", Map.of("day", java.sql.Date.valueOf(day)));
        FairnessReport report = monitor.report(FairnessReport.Breakdown.ETHNICITY_SEX_AGE, from, to);
        Map<String, Long> reported = new HashMap<>();
        report.rules().getFirst().rows().forEach(r -> reported.put(r.group(), r.population()));
        assertThat(reported).isEqualTo(population);
    }

    private Map<String, Long> counts(String sql, Map<String, ?> params) {
        Map<String, Long> counts = new HashMap<>();
        var spec = jdbc.sql(sql);
        for (Map.Entry<String, ?> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        spec.query((rs, n) -> counts.put(rs.getString("g"), rs.getLong("n"))).list();
        return counts;
    }

    /** (a / n) / (b / m), to two places, as the report shows it. */
    private static BigDecimal ratio(long a, long n, long b, long m) {
        return BigDecimal.valueOf(((double) a / n) / ((double) b / m)).setScale(2, RoundingMode.HALF_UP);
    }
}
