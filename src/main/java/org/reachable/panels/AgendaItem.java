package org.reachable.panels;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A time-boxed agenda item about one subject. {@code review} holds the actions from earlier meetings of this panel
 * about the same subject that were still open when this meeting started: they are reviewed here.
 * {@code languagePrompts} are the language module's suggestions on what was minuted.
 */
public record AgendaItem(UUID id, int position, Subject subject, String subjectName, int minutesAllotted,
                         String reason, boolean carriedForward, String minutes, String decision, String outcomeShared,
                         LocalDate outcomeSharedOn, List<PanelAction> actions, List<PanelAction> review,
                         List<LanguagePrompt> languagePrompts) {

    /** A phrase in the minutes that blames or adultifies the child, why, and what to say instead. */
    public record LanguagePrompt(String field, String found, String explanation, String suggestion) {
    }
}
