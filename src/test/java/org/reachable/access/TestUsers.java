package org.reachable.access;

import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a made-up user with the given role into the current thread, as the login filter would. */
public final class TestUsers {

    private TestUsers() {
    }

    public static CurrentUser signIn(Role role) {
        UUID id = UUID.randomUUID();
        CurrentUser user = new CurrentUser(id, role.name().toLowerCase() + "-" + id, "Test " + role.label(), role,
                null, null);
        SignedInUser principal = new SignedInUser(user, null, true);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        return user;
    }

    /** Signs a particular user (say, one a test borough created) into the current thread. */
    public static CurrentUser signIn(CurrentUser user) {
        SignedInUser principal = new SignedInUser(user, null, true);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        return user;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
