package org.reachable.moments.fairness;

import org.reachable.platform.statistics.RateRatio;

/**
 * One group's figures for one rule over the period: the population, the children with the events the rule looks at
 * (what agencies recorded), the children alerted; and, against the White group (of the same sex and age band in the
 * full breakdown), the relative rate index of alerts, of the recorded events, and of alerts among children with those
 * events. The last is the rule's own contribution: above 1 the rule alerts this group more often than the records
 * alone would.
 */
public record FairnessRow(String group, long population, long withEvents, long alerted, RateRatio alertRate,
                          RateRatio eventRate, RateRatio alertsGivenEvents, boolean amplifies) {
}
