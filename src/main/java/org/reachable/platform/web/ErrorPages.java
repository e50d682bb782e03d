package org.reachable.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that happen outside any controller (e.g. an unknown URL, a request too large): a plain GOV.UK page for
 * people and a problem document for /api callers, never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping(value = "/error", produces = "application/problem+json")
    ResponseEntity<Map<String, Object>> api(HttpServletRequest request) {
        HttpStatus status = status(request);
        return ResponseEntity.status(status).header("Content-Type", "application/problem+json")
                .body(Map.of("type", "about:blank", "title", status.getReasonPhrase(), "status", status.value()));
    }

    @RequestMapping("/error")
    Object page(HttpServletRequest request) {
        HttpStatus status = status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith("/api/")) {
            return api(request);
        }
        String view = switch (status) {
            case NOT_FOUND -> "error/not-found";
            case FORBIDDEN -> "error/forbidden";
            default -> "error/problem";
        };
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("reference", "");
        return page;
    }

    /** Where the security layer forwards a refusal it has already audited. */
    @RequestMapping("/forbidden")
    ModelAndView forbidden() {
        ModelAndView page = new ModelAndView("error/forbidden", HttpStatus.FORBIDDEN);
        page.addObject("reason", "Your role does not give you access to this page");
        return page;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
