package org.reachable.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameSeedSameBoroughTest {

    private static final BoroughSpec SPEC = BoroughSpec.of(4242, 3_000, GeneratedBorough.TODAY)
            .withHeavyChildren(1, 300);

    @Test
    void theSameSeedGivesAnIdenticalBorough() {
        String first = generate(SPEC, 1_000);
        String second = generate(SPEC, 1_000);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void theBoroughDoesNotDependOnTheBatchSize() {
        assertThat(generate(SPEC, 400)).isEqualTo(generate(SPEC, 5_000));
    }

    @Test
    void anotherSeedGivesAnotherBorough() {
        BoroughSpec other = new BoroughSpec(4243, SPEC.children(), SPEC.today(), 1, 300, "");

        assertThat(generate(other, 1_000)).isNotEqualTo(generate(SPEC, 1_000));
    }

    @Test
    void anotherDayGivesAnotherHistory() {
        BoroughSpec later = new BoroughSpec(SPEC.seed(), SPEC.children(), SPEC.today().plusDays(1), 1, 300, "");

        assertThat(generate(later, 1_000)).isNotEqualTo(generate(SPEC, 1_000));
    }

    private static String generate(BoroughSpec spec, int batchSize) {
        return GeneratedBorough.generate(spec, true, batchSize).digest();
    }
}
