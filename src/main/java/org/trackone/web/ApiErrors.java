package org.trackone.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.trackone.NotFound;
import org.trackone.RuleViolation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Errors of the REST API as RFC 9457 problem details. Input that cannot be read (not
 * JSON, a wrong type, an unknown enum value) is 400; input that is read but invalid is
 * 422. Either way {@code errors} names each field and the reason.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(NotFound e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), List.of(), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "No such resource.", List.of(), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation e, HttpServletRequest request) {
        String reason = messages.getMessage(e.messageCode(), e.arguments(), e.messageCode(), Locale.ENGLISH);
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.field() + ": " + reason,
                List.of(new FieldError(e.field(), reason)), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), reason(f)))
                .toList();
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, summary(errors), errors, request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldError(
                        result.getMethodParameter().getParameterName(),
                        messages.getMessage(error, Locale.ENGLISH))))
                .toList();
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, summary(errors), errors, request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, summary(errors), errors, request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (e.getCause() instanceof JacksonException json && !(json instanceof StreamReadException)
                && !json.getPath().isEmpty()) {
            String field = json.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String reason = "cannot be read: " + firstLine(rootMessage(json));
            return problem(HttpStatus.BAD_REQUEST, field + ": " + reason, List.of(new FieldError(field, reason)),
                    request);
        }
        return problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON: "
                + firstLine(e.getCause() == null ? e.getMessage() : rootMessage(e.getCause())), List.of(), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String reason = "'" + e.getValue() + "' is not a valid value";
        return problem(HttpStatus.BAD_REQUEST, e.getName() + ": " + reason, List.of(new FieldError(e.getName(), reason)),
                request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, e.getParameterName() + ": is required",
                List.of(new FieldError(e.getParameterName(), "is required")), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, e.getMessage(), List.of(), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.", List.of(), request);
    }

    private String reason(org.springframework.validation.FieldError error) {
        if (error.isBindingFailure()) {
            return "'" + error.getRejectedValue() + "' is not a valid value";
        }
        return messages.getMessage(error, Locale.ENGLISH);
    }

    private static String summary(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.reason()).collect(Collectors.joining("; "));
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof JacksonException json) {
            return json.getOriginalMessage();
        }
        return String.valueOf(cause.getMessage());
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String detail, List<FieldError> errors,
            HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).body(problem);
    }
}
