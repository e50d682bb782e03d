package org.reachable.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The conference view takes every part of every linked child's name out of practitioners' free text. */
class ConferenceRedactionTest {

    @Test
    void everyPartOfEveryNameIsTakenOutAsAWholeWordWhateverItsCase() {
        var names = ContextConference.namesOf(List.of("Kwame Asante", "Leah Brown-Smith"));
        assertThat(ContextConference.redact(names,
                "KWAME and leah said Asante's brother and Ms Brown-Smith's cousin were there; Kwameson was not."))
                .isEqualTo("[a child] and [a child] said [a child]'s brother and Ms [a child]-[a child]'s cousin were "
                        + "there; Kwameson was not.");
    }

    @Test
    void textWithNoLinkedChildrenIsUnchanged() {
        assertThat(ContextConference.redact(ContextConference.namesOf(List.of()), "Older males at the park"))
                .isEqualTo("Older males at the park");
        assertThat(ContextConference.redact(ContextConference.namesOf(List.of("Al B")), null)).isNull();
    }
}
