package org.trackone.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.trackone.ContentTooLarge;
import org.trackone.NotFound;
import org.trackone.RuleViolation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

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
    ResponseEntity<ProblemDetail> tooLarge(ContentTooLarge e, HttpServletRequest request) {
        String reason = messages.getMessage(e.messageCode(), e.arguments(), e.messageCode(), Locale.ENGLISH);
        return problem(HttpStatus.CONTENT_TOO_LARGE, e.field() + ": " + reason,
                List.of(new FieldError(e.field(), reason)), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation e, HttpServletRequest request) {
        String reason = messages.getMessage(e.messageCode(), e.arguments(), e.messageCode(), Locale.ENGLISH);
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.field() + ": " + reason,
                List.of(new FieldError(e.field(), reason)), request);
    }

    /** Bean Validation of a request body ({@code MethodArgumentNotValidException}) and checks made by hand. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(BindException e, HttpServletRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), reason(f)))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::reason))
                .toList();
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, summary(errors), errors, request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldError(
                        result.getMethodParameter().getParameterName(),
                        messages.getMessage(error, Locale.ENGLISH))))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::reason))
                .toList();
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, summary(errors), errors, request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::reason))
                .toList();
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, summary(errors), errors, request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (e.getCause() instanceof ValueInstantiationException json && json.getCause() instanceof RuleViolation rule) {
            // A value read well but refused by the rules of the type it makes: 422, the field named in full.
            String path = jsonPath(json);
            return ruleViolation(new RuleViolation(path.isEmpty() ? rule.field() : path + "." + rule.field(),
                    rule.messageCode(), rule.arguments()), request);
        }
        if (e.getCause() instanceof JacksonException json && !(json instanceof StreamReadException)
                && !json.getPath().isEmpty()) {
            String field = jsonPath(json);
            String reason = unreadableReason(json);
            return problem(HttpStatus.BAD_REQUEST, field + ": " + reason, List.of(new FieldError(field, reason)),
                    request);
        }
        if (e.getCause() instanceof StreamReadException syntax) {
            // The parser's own words say where the JSON breaks, and name nothing inside the server.
            return problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON: "
                    + firstLine(syntax.getOriginalMessage()), List.of(), request);
        }
        return problem(HttpStatus.BAD_REQUEST,
                "The request body is missing or is not a JSON object of the expected shape.", List.of(), request);
    }

    private static String jsonPath(JacksonException json) {
        return json.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /**
     * Why a value could not be read, in the client's terms rather than Java's: the
     * accepted names of an enum, the JSON type expected, or the reason a value type
     * (a date, a code) gave for refusing the text.
     */
    private static String unreadableReason(JacksonException json) {
        if (json instanceof UnrecognizedPropertyException) {
            return "is not a property of this resource";
        }
        if (json instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "'" + format.getValue() + "' is not " + jsonType(format.getTargetType());
        }
        if (json instanceof ValueInstantiationException && json.getCause() != null
                && !(json.getCause() instanceof JacksonException) && json.getCause().getMessage() != null) {
            return "cannot be read: " + firstLine(json.getCause().getMessage());
        }
        if (json instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String found = tokenName(mismatch);
            return "expected " + jsonType(mismatch.getTargetType()) + (found == null ? "" : ", not " + found);
        }
        return "cannot be read: " + firstLine(rootMessage(json));
    }

    private static String jsonType(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(value -> ((Enum<?>) value).name())
                    .collect(Collectors.joining(", "));
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.getPackageName().startsWith("java.")) {
            return "a " + type.getSimpleName();
        }
        return "a value of the documented form";
    }

    private static @Nullable String tokenName(MismatchedInputException e) {
        JsonParser parser = e.processor() instanceof JsonParser p ? p : null;
        JsonToken token = parser == null ? null : parser.currentToken();
        if (token == null) {
            return null;
        }
        return switch (token) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            default -> null;
        };
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Class<?> type = e.getRequiredType();
        boolean simple = type != null && (type.isEnum() || type.isPrimitive() || Number.class.isAssignableFrom(type)
                || type == Boolean.class);
        String reason = "'" + e.getValue() + "' is not " + (simple ? jsonType(type) : "a valid value");
        return problem(HttpStatus.BAD_REQUEST, e.getName() + ": " + reason,
                List.of(new FieldError(e.getName(), reason)), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, e.getParameterName() + ": is required",
                List.of(new FieldError(e.getParameterName(), "is required")), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, e.getRequestPartName() + ": is required",
                List.of(new FieldError(e.getRequestPartName(), "is required")), request);
    }

    /**
     * Two requests changed the same thing at once (a double click, two clients): the
     * database refused the second, which wrote nothing.
     */
    @ExceptionHandler({DuplicateKeyException.class, ConcurrencyFailureException.class})
    ResponseEntity<ProblemDetail> conflict(Exception e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT,
                "Changed by another request at the same moment; nothing was written. Read it again and retry.",
                List.of(), request);
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
