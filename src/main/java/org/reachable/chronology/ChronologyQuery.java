package org.reachable.chronology;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Which part of a child's chronology to show: organisations, event types (codes) and families, dates (inclusive),
 * order and page. Empty lists and nulls mean "all".
 */
public record ChronologyQuery(List<UUID> organisations, List<String> types, List<EventFamily> families,
                              LocalDate from, LocalDate to, boolean newestFirst, int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAX_PAGE_SIZE = 500;

    public static ChronologyQuery all() {
        return new ChronologyQuery(List.of(), List.of(), List.of(), null, null, true, 1, DEFAULT_PAGE_SIZE);
    }
}
