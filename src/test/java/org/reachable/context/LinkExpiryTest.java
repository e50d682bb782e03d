package org.reachable.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A link is current up to and including its review date, and expired the day after. */
class LinkExpiryTest {

    private static final LocalDate REVIEW_BY = LocalDate.of(2026, 3, 31);

    @Test
    void aLinkExpiresTheDayAfterItsReviewDate() {
        Link link = new Link(UUID.randomUUID(), UUID.randomUUID(), true, UUID.randomUUID(), false, null,
                Relation.MEMBER, false, Strength.WEAK, "s", "b", REVIEW_BY.minusMonths(2), REVIEW_BY, "ACTIVE",
                Instant.now(), null);
        assertThat(link.expired(REVIEW_BY)).isFalse();
        assertThat(link.expired(REVIEW_BY.plusDays(1))).isTrue();
        LinkRow row = Rows.of(link, Node.hiddenChild(), Node.hiddenChild(), 1, REVIEW_BY.plusDays(1));
        assertThat(row.state()).isEqualTo("Expired: not reviewed by 2026-03-31");
    }

    @Test
    void protectiveRelationsAreMarkedProtectiveByDefault() {
        assertThat(Relation.SAFE_SPACE.protective()).isTrue();
        assertThat(Relation.TRUSTED_ADULT.protective()).isTrue();
        assertThat(Relation.MEMBER.protective()).isFalse();
        assertThat(Relation.CONFLICT.protective()).isFalse();
    }
}
