package org.reachable.access;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of a Reachable user: authorities are the role and its capabilities. */
public record SignedInUser(CurrentUser currentUser, String passwordHash, boolean enabled) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + currentUser.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return currentUser.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled && passwordHash != null;
    }

    @Override
    public String toString() {
        return "SignedInUser[" + currentUser.username() + "]";
    }
}
