package org.trackone.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** The page shown when a signed-in person asks for something their role does not allow. */
@Controller
class ErrorPages {

    @RequestMapping("/error/403")
    ModelAndView forbidden(HttpServletResponse response) {
        return PageErrors.page(HttpStatus.FORBIDDEN, "error.forbidden", response);
    }
}
