package org.trackone.csbm.internal.api;

import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;
import org.trackone.csbm.IdempotentSubmissions.Outcome;

/** The answer to a submission: 201 with where it is, or 200 with the first result of a key used before. */
final class Submitted {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String FIRST_RESULT = "200 instead when the Idempotency-Key was used before: the answer is then the "
            + "first result, and nothing new is written.";

    private Submitted() {
    }

    static <T> ResponseEntity<T> answer(Outcome<T> outcome, String path, Object... uriVariables) {
        if (!outcome.created()) {
            return ResponseEntity.ok(outcome.item());
        }
        return ResponseEntity.created(UriComponentsBuilder.fromPath(path).buildAndExpand(uriVariables).encode().toUri())
                .body(outcome.item());
    }
}
