package org.reachable.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reachable.access.Role;
import org.reachable.access.TestUsers;
import org.reachable.support.ReachableTest;
import org.springframework.beans.factory.annotation.Autowired;

@ReachableTest
class PostcodeHandlingTest {
    @Autowired ChildRegister register;

    @AfterEach void out() { TestUsers.signOut(); }

    @Test
    void unspacedPostcodeSector() {
        assertThat(new Address("1", "L", "E174AB", null, LocalDate.of(2020, 1, 1), null).postcodeSector())
                .isEqualTo("E17 4");
    }

    @Test
    void doubleSpacedLongPostcodeRegisters() {
        TestUsers.signIn(Role.PRACTITIONER);
        UUID id = register.register(TestChildren.child().postcode("EC1A  1BB").build());
        assertThat(register.find(id).orElseThrow().currentAddress().orElseThrow().postcode()).isEqualTo("EC1A 1BB");
    }
}
