package org.reachable.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security handles the POST (with the login throttle in front). */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "access/login";
    }
}
