package org.trackone.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload above the multipart ceiling ({@code spring.servlet.multipart}): the request is
 * refused before any controller sees it, so this answers for all of them, 413 either way —
 * problem details naming the part for the API, a plain page for a form. Within the ceiling
 * each module applies its own, lower limit.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadCeiling {

    /** How much of an upload over the ceiling is read and dropped before answering. */
    private static final DataSize DRAIN_LIMIT = DataSize.ofMegabytes(4);

    private final MessageSource messages;
    private final DataSize maxFileSize;

    UploadCeiling(MessageSource messages,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.messages = messages;
        this.maxFileSize = maxFileSize;
    }

    /** Answers ProblemDetail for the API and a page for forms: the declared type is the common one. */
    @ExceptionHandler
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response) {
        drain(request);
        SizeException size = cause(e, SizeException.class);
        long megabytes = Math.max(1, DataSize.ofBytes(size == null ? maxFileSize.toBytes() : size.getPermittedSize())
                .toMegabytes());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            FileSizeLimitExceededException file = cause(e, FileSizeLimitExceededException.class);
            String reason = messages.getMessage("upload.tooLarge", new Object[] {megabytes}, Locale.ENGLISH);
            String field = file == null || file.getFieldName() == null ? "request" : file.getFieldName();
            return ApiErrors.problem(HttpStatus.CONTENT_TOO_LARGE, field + ": " + reason,
                    List.of(new FieldError(field, reason)), request);
        }
        ModelAndView page = PageErrors.page(HttpStatus.CONTENT_TOO_LARGE, "error.tooLarge", response);
        page.addObject("messageArgument", megabytes);
        return page;
    }

    /**
     * Reads what is left of the body, up to a bound, before answering: the client is still
     * sending it, and a connection closed on unread data is reset, so that the client would
     * see the reset rather than the answer.
     */
    private static void drain(HttpServletRequest request) {
        byte[] buffer = new byte[64 * 1024];
        long left = DRAIN_LIMIT.toBytes();
        try {
            InputStream body = request.getInputStream();
            for (int read = 0; left > 0 && read >= 0; left -= read) {
                read = body.read(buffer, 0, (int) Math.min(buffer.length, left));
            }
        } catch (IOException | IllegalStateException unreadable) {
            // Nothing more can be read: the answer goes out all the same.
        }
    }

    private static <T extends Throwable> @Nullable T cause(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
