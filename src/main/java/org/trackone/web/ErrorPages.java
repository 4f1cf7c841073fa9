package org.trackone.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Pages shown when a request is refused: a role that may not, or a form that expired. */
@Controller
class ErrorPages {

    @RequestMapping("/error/403")
    ModelAndView forbidden(HttpServletResponse response) {
        return PageErrors.page(HttpStatus.FORBIDDEN, "error.forbidden", response);
    }

    /** A form sent without its CSRF token, or after the session that issued it ended. */
    @RequestMapping("/error/expired")
    ModelAndView expired(HttpServletResponse response) {
        return PageErrors.page(HttpStatus.FORBIDDEN, "error.expired", response);
    }
}
