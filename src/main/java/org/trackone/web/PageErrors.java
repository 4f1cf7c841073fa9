package org.trackone.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.trackone.NotFound;
import org.trackone.RuleViolation;

/**
 * Errors on pages, answered with a plain page in the reader's language. Forms handle
 * their own validation errors next to the fields; what reaches here is a bad link or
 * a request no form would send.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler
    ModelAndView notFound(NotFound e, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, "error.notFound", response);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            RuleViolation.class, InvalidPropertyException.class})
    ModelAndView badRequest(Exception e, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, "error.badRequest", response);
    }

    /** Two people changed the same thing at once; the second change was not made. */
    @ExceptionHandler({DuplicateKeyException.class, ConcurrencyFailureException.class})
    ModelAndView conflict(Exception e, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, "error.conflict", response);
    }

    static ModelAndView page(HttpStatus status, String messageCode, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("messageCode", messageCode);
        return page;
    }
}
