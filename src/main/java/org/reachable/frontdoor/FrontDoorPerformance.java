package org.reachable.frontdoor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.AuditSubject;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.LegalBasis;
import org.reachable.frontdoor.internal.PerformanceRepository;
import org.reachable.frontdoor.internal.PerformanceRepository.Row;
import org.reachable.platform.validation.Checks;
import org.springframework.stereotype.Service;

/**
 * The front door's performance: volumes, decisions on time against the one-working-day target, re-referrals within
 * 12 months, referral quality, outcomes by referrer agency and by ethnicity and sex (rates with a relative rate
 * index), small numbers withheld; and a random sample of contacts for multi-agency audit (managers only).
 */
@Service
public class FrontDoorPerformance {

    static final Set<Decision> STATUTORY = EnumSet.of(Decision.CHILD_IN_NEED_ASSESSMENT, Decision.STRATEGY_DISCUSSION,
            Decision.RISK_OUTSIDE_THE_HOME);
    static final int MAX_SAMPLE = 50;

    private final PerformanceRepository repository;
    private final ChildRecordAccess access;
    private final Audit audit;
    private final Clock clock;

    FrontDoorPerformance(PerformanceRepository repository, ChildRecordAccess access, Audit audit, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** A period of received dates; the default is the 12 months to today. */
    public record Period(LocalDate from, LocalDate to) {
    }

    public Period period(String from, String to) {
        LocalDate today = WorkingDays.londonDate(clock.instant());
        Checks checks = new Checks();
        LocalDate end = blank(to) ? today : checks.pastDate("to", to, today.plusYears(1), "Enter a date");
        LocalDate start = blank(from) ? (end == null ? today : end).minusMonths(12).plusDays(1)
                : checks.pastDate("from", from, today.plusYears(1), "Enter a date");
        checks.require(start == null || end == null || !start.isAfter(end), "from", from,
                "Must be on or before the 'to' date");
        checks.throwIfAny();
        return new Period(start, end);
    }

    public Performance figures(Period period) {
        access.requireCapability(Capability.VIEW_FRONT_DOOR_PERFORMANCE, AuditAction.READ, "frontdoor/performance");
        audit.allowed(AuditAction.READ, null, "frontdoor/performance", "Front-door performance " + period.from()
                + " to " + period.to() + " (aggregates, small numbers withheld)", LegalBasis.STRATEGIC_ANALYSIS);
        return compute(repository.received(period.from(), period.to()), period,
                WorkingDays.londonDate(clock.instant()));
    }

    /** Pure arithmetic over the rows, so the figures can be checked without a database. */
    static Performance compute(List<Row> rows, Period period, LocalDate today) {
        long contacts = rows.size();
        List<Row> decided = rows.stream().filter(r -> r.decidedAt() != null).toList();
        List<Row> open = rows.stream().filter(r -> "OPEN".equals(r.status())).toList();
        List<Row> referrals = rows.stream().filter(r -> "REFERRAL".equals(r.origin())).toList();
        return new Performance(period.from(), period.to(),
                Performance.Share.of(referrals.size(), contacts), share(rows, r -> "AUTOMATIC".equals(r.origin())),
                share(rows, r -> "HISTORIC".equals(r.origin())), SmallCounts.count(contacts),
                share(rows, Row::outOfHours), SmallCounts.count(decided.size()),
                share(decided, FrontDoorPerformance::onTime), SmallCounts.count(open.size()),
                share(open, r -> today.isAfter(r.decisionDue())), share(rows, Row::reReferral),
                SmallCounts.count(referrals.size()), share(referrals, Row::hasReason),
                share(referrals, Row::hasChildVoice), share(referrals, Row::hasEthnicity), byAgency(rows),
                byGroup(rows, r -> MonitoringGroup.ethnicity(r.childEthnicity()),
                        MonitoringGroup.ETHNICITY_REFERENCE),
                byGroup(rows, r -> MonitoringGroup.sex(r.childSex()), MonitoringGroup.SEX_REFERENCE));
    }

    /** Decided by the end of the due day, London time. */
    static boolean onTime(Row r) {
        return r.decidedAt() != null && !WorkingDays.londonDate(r.decidedAt()).isAfter(r.decisionDue());
    }

    private static Performance.Share share(List<Row> rows, Predicate<Row> test) {
        return Performance.Share.of(rows.stream().filter(test).count(), rows.size());
    }

    private static List<Performance.AgencyOutcomes> byAgency(List<Row> rows) {
        Map<String, List<Row>> groups = rows.stream().collect(Collectors.groupingBy(Row::referrerAgency, TreeMap::new,
                Collectors.toList()));
        List<Performance.AgencyOutcomes> result = new ArrayList<>();
        groups.forEach((agency, group) -> {
            List<Row> decided = group.stream().filter(r -> r.decidedAt() != null).toList();
            Map<Decision, Long> outcomes = new EnumMap<>(Decision.class);
            for (Decision d : Decision.values()) {
                outcomes.put(d, SmallCounts.count(decided.stream().filter(r -> d.name().equals(r.decision()))
                        .count()));
            }
            result.add(new Performance.AgencyOutcomes(agency, SmallCounts.count(group.size()),
                    SmallCounts.count(decided.size()), share(decided, FrontDoorPerformance::onTime), outcomes));
        });
        return result;
    }

    private static List<Performance.GroupOutcomes> byGroup(List<Row> rows, Function<Row, String> groupOf,
                                                           String reference) {
        Map<String, List<Row>> groups = rows.stream().collect(Collectors.groupingBy(groupOf, TreeMap::new,
                Collectors.toList()));
        Map<String, Performance.Share> statutory = new TreeMap<>();
        Map<String, Performance.Share> nfa = new TreeMap<>();
        groups.forEach((group, members) -> {
            List<Row> decided = members.stream().filter(r -> r.decidedAt() != null).toList();
            statutory.put(group, share(decided, r -> r.decision() != null
                    && STATUTORY.contains(Decision.valueOf(r.decision()))));
            nfa.put(group, share(decided, r -> Decision.NFA_WITH_ADVICE.name().equals(r.decision())));
        });
        Double statutoryReference = statutory.containsKey(reference) ? statutory.get(reference).rate() : null;
        Double nfaReference = nfa.containsKey(reference) ? nfa.get(reference).rate() : null;
        List<Performance.GroupOutcomes> result = new ArrayList<>();
        groups.forEach((group, members) -> result.add(new Performance.GroupOutcomes(group,
                SmallCounts.count(members.size()),
                SmallCounts.count(members.stream().filter(r -> r.decidedAt() != null).count()),
                statutory.get(group), SmallCounts.relativeRateIndex(statutory.get(group).rate(), statutoryReference),
                nfa.get(group), SmallCounts.relativeRateIndex(nfa.get(group).rate(), nfaReference))));
        return result;
    }

    /** A reproducible random sample of decided contacts for a multi-agency case audit; references, no names. */
    public List<SampledContact> sample(Period period, int size, String seed) {
        access.requireCapability(Capability.SAMPLE_CONTACTS_FOR_AUDIT, AuditAction.READ, "frontdoor/audit-sample");
        Checks checks = new Checks();
        checks.require(size >= 1 && size <= MAX_SAMPLE, "size", size, "Must be between 1 and " + MAX_SAMPLE);
        String usedSeed = blank(seed) ? period.from() + "/" + period.to() : seed.strip();
        checks.require(usedSeed.length() <= 100, "seed", seed, "Must be 100 characters or fewer");
        checks.throwIfAny();
        List<Row> sampled = repository.sample(period.from(), period.to(), size, usedSeed);
        audit.allowedAll(AuditAction.READ, sampled.stream().map(r -> new AuditSubject(r.personId(),
                "frontdoor/contact/" + r.reference(), "Sampled for a multi-agency case audit (seed " + usedSeed + ")"))
                .toList(), LegalBasis.ACCOUNTABILITY);
        return sampled.stream().map(r -> new SampledContact(r.reference(), r.origin(), r.referrerAgency(),
                r.decision() == null ? null : Decision.valueOf(r.decision()), onTime(r))).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
