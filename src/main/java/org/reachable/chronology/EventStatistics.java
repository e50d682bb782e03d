package org.reachable.chronology;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.reachable.chronology.internal.ChronologyRepository;
import org.springframework.stereotype.Service;

/** Counts of events by month and type across the whole borough: aggregates only, never who. */
@Service
public class EventStatistics {

    private final ChronologyRepository repository;

    EventStatistics(ChronologyRepository repository) {
        this.repository = repository;
    }

    public List<MonthlyCount> monthlyCounts(LocalDate from, LocalDate toExclusive) {
        return repository.monthlyCounts(from, toExclusive).stream()
                .map(row -> new MonthlyCount(YearMonth.from(row.month()), EventType.fromCode(row.type()).orElseThrow(),
                        row.count()))
                .toList();
    }

    /** How many events of one type happened in one month, borough-wide. */
    public record MonthlyCount(YearMonth month, EventType type, long count) {
    }
}
