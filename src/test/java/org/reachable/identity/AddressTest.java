package org.reachable.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "E17 4AB|E17 4",
            "EC1A 1BB|EC1A 1",
            "M1 1AE|M1 1",
            "DN55 1PT|DN55 1",
            " e17 4ab |E17 4"})
    void showsOnlyThePostcodeSector(String postcode, String sector) {
        assertThat(address(postcode, null).postcodeSector()).isEqualTo(sector);
    }

    @Test
    void isCurrentUntilItHasAnEndDate() {
        assertThat(address("E17 4AB", null).isCurrent()).isTrue();
        assertThat(address("E17 4AB", LocalDate.of(2024, 3, 1)).isCurrent()).isFalse();
    }

    private static Address address(String postcode, LocalDate validTo) {
        return new Address("1 High Street", "London", postcode, null, LocalDate.of(2020, 1, 1), validTo);
    }
}
