package org.reachable.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds the request path to every page model, for navigation highlighting and the skip link. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CurrentUserModel {

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
