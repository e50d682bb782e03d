package org.reachable.insight.analytics;

/** The ways stop-and-search counts can be grouped, each with its own constant query over the monthly table. */
public enum StopSearchDimension {
    MONTH, SELF_DEFINED_GROUP, OFFICER_DEFINED_GROUP, AGE_RANGE;

    String sql() {
        return switch (this) {
            case MONTH -> """
                    select to_char(month, 'YYYY-MM') as key, sum(searches) as searches, sum(finds) as finds
                    from insight_stop_search_month where month between :from and :to group by 1 order by 1""";
            case SELF_DEFINED_GROUP -> """
                    select self_group as key, sum(searches) as searches, sum(finds) as finds
                    from insight_stop_search_month where month between :from and :to group by 1 order by 1""";
            case OFFICER_DEFINED_GROUP -> """
                    select officer_group as key, sum(searches) as searches, sum(finds) as finds
                    from insight_stop_search_month where month between :from and :to group by 1 order by 1""";
            case AGE_RANGE -> """
                    select age_range as key, sum(searches) as searches, sum(finds) as finds
                    from insight_stop_search_month where month between :from and :to group by 1 order by 1""";
        };
    }
}
