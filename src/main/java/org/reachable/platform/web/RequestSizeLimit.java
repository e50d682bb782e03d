package org.reachable.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over 1 MB before anything reads them (Tomcat limits only form posts). Nothing Reachable
 * accepts from a person or an API call is that large; batch files come in through the import command.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 1024 * 1024;
    /** The one exception: contributors' batch-file uploads (multipart, CSRF-protected, run in the background). */
    static final String UPLOAD_PATH = "/feeds/imports";
    static final long MAX_UPLOAD_BYTES = 200L * 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upload = "POST".equals(request.getMethod()) && UPLOAD_PATH.equals(request.getRequestURI());
        if (request.getContentLengthLong() > (upload ? MAX_UPLOAD_BYTES : MAX_BYTES)) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/problem+json");
            response.getWriter().write("""
                    {"type":"about:blank","title":"Request too large","status":413,\
                    "detail":"The request body is over 1 MB. Nothing was saved."}""");
            return;
        }
        chain.doFilter(request, response);
    }
}
