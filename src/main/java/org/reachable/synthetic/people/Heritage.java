package org.reachable.synthetic.people;

/** Broad naming traditions of the borough's families; only used to choose plausible names. */
public enum Heritage {
    BRITISH, IRISH, EASTERN_EUROPEAN, ROMA, PAKISTANI, BANGLADESHI, INDIAN, TAMIL, AFGHAN, WEST_AFRICAN,
    EAST_AFRICAN, CARIBBEAN, TURKISH, ARAB, SOUTHERN_EUROPEAN, CHINESE
}
