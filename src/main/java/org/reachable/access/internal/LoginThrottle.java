package org.reachable.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.LegalBasis;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate-limits sign-in: after {@code max-failures} failed attempts for one username (ten times as many from one address), further
 * attempts are refused for the lockout period without checking the password (which also stops anyone using the
 * deliberately slow password hash to load the server). Counts are kept in memory: a restart forgives.
 */
@Component
class LoginThrottle implements AuthenticationFailureHandler, AuthenticationSuccessHandler {

    /** Many people share an office's address, so it takes more failures to lock an address than a username. */
    private static final int ADDRESS_FACTOR = 10;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;
    private final Audit audit;

    LoginThrottle(@Value("${reachable.access.login.max-failures}") int maxFailures,
                  @Value("${reachable.access.login.lockout}") Duration lockout, Clock clock, Audit audit) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
        this.audit = audit;
    }

    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())
                        && (locked(userKey(request), maxFailures)
                        || locked(addressKey(request), maxFailures * ADDRESS_FACTOR))) {
                    response.sendRedirect(request.getContextPath() + "/login?locked");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        Instant now = clock.instant();
        failures.merge(userKey(request), Failures.first(now), (old, x) -> old.add(now, lockout));
        failures.merge(addressKey(request), Failures.first(now), (old, x) -> old.add(now, lockout));
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        failures.remove(userKey(request));
        audit.allowed(AuditAction.SIGN_IN, null, "session", "Signed in", LegalBasis.ADMINISTRATION);
        response.sendRedirect(request.getContextPath() + "/");
    }

    private boolean locked(String key, int limit) {
        Failures f = failures.get(key);
        return f != null && f.count() >= limit && f.since().plus(lockout).isAfter(clock.instant());
    }

    private static String userKey(HttpServletRequest request) {
        String username = request.getParameter("username");
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(HttpServletRequest request) {
        return "address:" + request.getRemoteAddr();
    }

    /** Failures counted since {@code since}; a window older than the lockout starts again. */
    private record Failures(int count, Instant since) {
        static Failures first(Instant now) {
            return new Failures(1, now);
        }

        Failures add(Instant now, Duration window) {
            return since.plus(window).isBefore(now) ? first(now) : new Failures(count + 1, since);
        }
    }
}
