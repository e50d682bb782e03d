package org.reachable.access.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * A request refused by the URL rules (wrong role, missing CSRF token) is audited like any other refusal, then
 * answered with a 403 page or problem document.
 */
@Component
class AuditingAccessDeniedHandler implements AccessDeniedHandler {

    private static final Pattern CHILD_ID = Pattern.compile("/children/([0-9a-f-]{36})");

    private final Audit audit;

    AuditingAccessDeniedHandler(Audit audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException denied) throws IOException, ServletException {
        String path = request.getRequestURI();
        Matcher child = CHILD_ID.matcher(path);
        UUID personId = child.find() ? UUID.fromString(child.group(1)) : null;
        AuditAction action = "GET".equals(request.getMethod()) ? AuditAction.READ : AuditAction.WRITE;
        audit.denied(action, personId, request.getMethod() + " " + path,
                denied.getClass().getSimpleName().contains("Csrf")
                        ? "Missing or invalid CSRF token" : "Role may not use this page or endpoint");
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        if (path.startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("""
                    {"type":"about:blank","title":"Forbidden","status":403,\
                    "detail":"Your role may not use this endpoint. The attempt has been recorded."}""");
        } else {
            request.getRequestDispatcher("/forbidden").forward(request, response);
        }
    }
}
