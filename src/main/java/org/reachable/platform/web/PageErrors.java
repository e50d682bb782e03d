package org.reachable.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors on pages: GOV.UK-style "access refused", "page not found" and "sorry, there is a problem" pages. Form
 * validation problems are handled by each form's controller, which re-shows the form with an error summary.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(AccessRefusedException.class)
    String refused(AccessRefusedException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("reason", e.getMessage());
        model.addAttribute("breakGlassPersonId", e.breakGlassPossible() ? e.personId() : null);
        return "error/forbidden";
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class,
            MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/not-found";
    }

    /** A request a page cannot answer as asked (a bad filter, say): 400, naming each field, value and rule. */
    @ExceptionHandler(org.reachable.platform.validation.InvalidInputException.class)
    String invalid(org.reachable.platform.validation.InvalidInputException e, Model model,
                   HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        FormErrors.addTo(model, e.problems());
        return "error/invalid";
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) {
        String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected page failure, reference {}", reference, e);
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        model.addAttribute("reference", reference);
        return "error/problem";
    }
}
