package org.reachable.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Passwords are stored with Argon2id; repeated failures pause sign-in for that username, even with the right password. */
@ReachableTest
class SignInTest {

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;
    @Autowired
    JdbcClient jdbc;

    private TestBorough.World world;

    @BeforeEach
    void setUp() {
        world = borough.build();
    }

    @Test
    void passwordsAreStoredAsArgon2idHashes() {
        String hash = jdbc.sql("select password_hash from access_user where username = :u")
                .param("u", world.username("lead")).query(String.class).single();
        assertThat(hash).startsWith("$argon2id$").doesNotContain(TestBorough.PASSWORD);
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        HttpResponse<String> response = attempt(world.username("lead"), "wrong-password");
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        HttpResponse<String> unknown = attempt("nobody-" + world.tag(), "wrong-password");
        assertThat(unknown.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void fiveFailuresPauseSignInForThatUsername() {
        String username = world.username("manager");
        for (int i = 0; i < 5; i++) {
            assertThat(attempt(username, "wrong-" + i).headers().firstValue("Location").orElse("")).endsWith("?error");
        }
        HttpResponse<String> locked = attempt(username, TestBorough.PASSWORD);
        assertThat(locked.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
        // Other people are not affected.
        assertThat(attempt(world.username("admin"), TestBorough.PASSWORD).headers().firstValue("Location").orElse(""))
                .endsWith("/");
    }

    private HttpResponse<String> attempt(String username, String password) {
        WebSession session = WebSession.anonymous(port);
        return session.postForm("/login", Map.of("username", username, "password", password));
    }
}
