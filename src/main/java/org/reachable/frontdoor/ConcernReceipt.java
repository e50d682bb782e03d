package org.reachable.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the referrer gets back: the reference to quote, when the MASH must decide by, the key content that was missing
 * (quality warnings) and any victim-blaming or adultifying phrases found in the free text (advice only).
 */
public record ConcernReceipt(UUID contactId, String reference, Instant receivedAt, boolean outOfHours,
                             LocalDate decisionDue, String childLink, List<QualityWarning> qualityWarnings,
                             List<LanguagePrompt> languagePrompts) {

    public record QualityWarning(String field, String code, String message) {
    }

    public record LanguagePrompt(String field, String found, String explanation, String suggestion) {
    }
}
