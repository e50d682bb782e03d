package org.reachable.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.reachable.access.ApiKeys;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.CurrentUser;
import org.reachable.access.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates agencies' systems by {@code Authorization: Bearer <key>}. The request then acts as that
 * organisation's system (role AGENCY_SYSTEM) for this request only: nothing goes into a session. A key is accepted
 * only on the agency-system endpoints; anywhere else it is refused (403, audited), so a leaked key cannot read
 * anything. Not a Spring bean, so that it runs only inside the security chain.
 */
class ApiKeyFilter extends OncePerRequestFilter {

    /** The only paths an API key opens. */
    static final Set<String> AGENCY_SYSTEM_PATHS = Set.of("/api/v1/events");

    private final ApiKeys keys;
    private final Audit audit;

    ApiKeyFilter(ApiKeys keys, Audit audit) {
        this.keys = keys;
        this.audit = audit;
    }

    /** A request carrying a key for an agency-system endpoint: no session cookie, so CSRF does not apply. */
    static boolean isAgencySystemRequest(HttpServletRequest request) {
        return bearer(request) != null && AGENCY_SYSTEM_PATHS.contains(path(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = bearer(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CurrentUser> system = keys.authenticate(key);
        if (system.isEmpty()) {
            problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Not authenticated",
                    "The API key is not known or has been revoked.");
            return;
        }
        SignedInUser principal = new SignedInUser(system.get(), null, true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            if (!AGENCY_SYSTEM_PATHS.contains(path(request))) {
                audit.denied(AuditAction.READ, null, path(request), "An API key may only send events");
                problem(response, HttpServletResponse.SC_FORBIDDEN, "Access refused",
                        "An API key may only be used to send events (POST /api/v1/events). "
                                + "The attempt has been recorded.");
                return;
            }
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
