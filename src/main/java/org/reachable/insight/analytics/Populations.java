package org.reachable.insight.analytics;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reachable.insight.BroadEthnicGroup;
import org.reachable.insight.EthnicGroup;

/** Census 2021 denominators for one area, summed the ways the analyses need. */
public final class Populations {

    /** police.uk age ranges as Census single years of age, inclusive (100 = 100 or over). */
    public static final Map<String, int[]> AGE_BANDS = ageBands();

    private final Map<EthnicGroup, Long> byGroup = new EnumMap<>(EthnicGroup.class);
    private final Map<String, Long> byAgeBand = new LinkedHashMap<>();

    Populations(List<AnalyticsQueries.KeyedCount> rows) {
        for (AnalyticsQueries.KeyedCount row : rows) {
            EthnicGroup group = EthnicGroup.valueOf(row.key());
            int age = Integer.parseInt(row.group());
            byGroup.merge(group, row.count(), Long::sum);
            AGE_BANDS.forEach((band, range) -> {
                if (age >= range[0] && age <= range[1]) {
                    byAgeBand.merge(band, row.count(), Long::sum);
                }
            });
        }
    }

    public long of(EthnicGroup group) {
        return byGroup.getOrDefault(group, 0L);
    }

    public long of(BroadEthnicGroup broad) {
        return byGroup.entrySet().stream().filter(e -> e.getKey().broad() == broad)
                .mapToLong(Map.Entry::getValue).sum();
    }

    public long ofAgeBand(String band) {
        return byAgeBand.getOrDefault(band, 0L);
    }

    public boolean isEmpty() {
        return byGroup.isEmpty();
    }

    private static Map<String, int[]> ageBands() {
        Map<String, int[]> bands = new LinkedHashMap<>();
        bands.put("under 10", new int[]{0, 9});
        bands.put("10-17", new int[]{10, 17});
        bands.put("18-24", new int[]{18, 24});
        bands.put("25-34", new int[]{25, 34});
        bands.put("over 34", new int[]{35, 100});
        return java.util.Collections.unmodifiableMap(bands);
    }
}
