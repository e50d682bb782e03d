package org.reachable.frontdoor;

/**
 * Working Together to Safeguard Children 2023 timescales the front door is measured against, in working days.
 */
public final class Timescales {

    /** A decision on a contact or referral within one working day of receipt. */
    public static final int DECISION = 1;
    /** An initial child protection conference within 15 working days of the strategy discussion. */
    public static final int ICPC_AFTER_STRATEGY_DISCUSSION = 15;
    /** An assessment within 45 working days of the referral. */
    public static final int ASSESSMENT = 45;

    private Timescales() {
    }
}
