package org.reachable.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.LegalBasis;
import org.reachable.chronology.EventFamily;
import org.reachable.chronology.EventStatistics;
import org.reachable.platform.statistics.SmallNumbers;
import org.springframework.stereotype.Service;

/** Twelve months of events in the borough by family, with small numbers suppressed. No identifiers. */
@Service
public class BoroughOverview {

    static final int MONTHS = 12;

    private final EventStatistics statistics;
    private final ChildRecordAccess access;
    private final Audit audit;
    private final Clock clock;

    BoroughOverview(EventStatistics statistics, ChildRecordAccess access, Audit audit, Clock clock) {
        this.statistics = statistics;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public Overview lastTwelveMonths() {
        access.requireCapability(Capability.VIEW_AGGREGATES, AuditAction.READ, "borough overview");
        audit.allowed(AuditAction.READ, null, "borough overview", "Aggregate counts by month and family",
                LegalBasis.STRATEGIC_ANALYSIS);
        YearMonth thisMonth = YearMonth.now(clock.withZone(ZoneId.of("Europe/London")));
        YearMonth first = thisMonth.minusMonths(MONTHS - 1);
        LocalDate from = first.atDay(1);
        LocalDate to = thisMonth.plusMonths(1).atDay(1);
        Map<YearMonth, Map<EventFamily, Long>> counts = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(thisMonth); m = m.plusMonths(1)) {
            counts.put(m, new EnumMap<>(EventFamily.class));
        }
        statistics.monthlyCounts(from, to).forEach(c -> counts.get(c.month())
                .merge(c.type().family(), c.count(), Long::sum));
        List<Row> rows = new ArrayList<>();
        counts.forEach((month, byFamily) -> {
            Map<EventFamily, Long> shown = new EnumMap<>(EventFamily.class);
            for (EventFamily family : EventFamily.values()) {
                shown.put(family, SmallNumbers.publishable(byFamily.getOrDefault(family, 0L)));
            }
            rows.add(new Row(month, shown));
        });
        return new Overview(List.of(EventFamily.values()), rows);
    }

    /** Columns are event families; a null count means fewer than five (suppressed). */
    public record Overview(List<EventFamily> families, List<Row> rows) {
    }

    public record Row(YearMonth month, Map<EventFamily, Long> counts) {
    }
}
