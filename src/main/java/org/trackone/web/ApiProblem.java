package org.trackone.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The shape of every API error, as documented in the OpenAPI description: an RFC 9457
 * problem detail, plus {@code errors} naming each field at fault when there are any.
 * {@link ApiErrors} writes it as a {@link org.springframework.http.ProblemDetail}; this
 * record only describes it.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem detail (application/problem+json).")
public record ApiProblem(
        @Schema(example = "about:blank") URI type,
        @Schema(example = "Unprocessable Content") String title,
        @Schema(example = "422") int status,
        @Schema(example = "name: size must be between 0 and 200") String detail,
        @Schema(example = "/api/v1/participants") URI instance,
        @Schema(description = "Each input field at fault and why; absent when no single field is to blame.")
        @Nullable List<FieldError> errors) {
}
