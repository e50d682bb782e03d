package org.reachable.chronology;

/**
 * How carefully an entry must be shown. STANDARD: to everyone with access to the record. SENSITIVE: the same, marked
 * (health, sexual harm). RESTRICTED: only the lead practitioner sees its content; others see that an entry exists
 * and whom to ask (police intelligence, an ongoing investigation).
 */
public enum Sensitivity { STANDARD, SENSITIVE, RESTRICTED }
