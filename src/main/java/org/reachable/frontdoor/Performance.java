package org.reachable.frontdoor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The front door's performance over a period (contacts received from {@code from} to {@code to}, both inclusive).
 * Counts are null when withheld as small numbers (see {@link SmallCounts}); so is any rate built on one.
 */
public record Performance(LocalDate from, LocalDate to, Share referrals, Share automatic, Share historic,
                          Long contacts, Share outOfHours, Long decided, Share decidedOnTime, Long open,
                          Share openOverdue, Share reReferrals, Long qualityBase, Share withReason,
                          Share withChildVoice, Share withEthnicity, List<AgencyOutcomes> byAgency,
                          List<GroupOutcomes> byEthnicity, List<GroupOutcomes> bySex) {

    /** A count and its share of the relevant whole. */
    public record Share(Long count, Double rate) {

        static Share of(long part, long whole) {
            return new Share(SmallCounts.count(part), SmallCounts.rate(part, whole));
        }
    }

    /** Contacts from one kind of agency and what was decided. */
    public record AgencyOutcomes(String agency, Long contacts, Long decided, Share onTime,
                                 Map<Decision, Long> outcomes) {
    }

    /**
     * Decided contacts for one monitoring group: the share that led to a statutory response (assessment, s47 or the
     * risk-outside-the-home pathway) and the share closed with no further action, each with its relative rate index.
     */
    public record GroupOutcomes(String group, Long contacts, Long decided, Share statutory, Double statutoryRri,
                                Share noFurtherAction, Double noFurtherActionRri) {
    }
}
