package org.trackone.csbm;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trackone.RuleViolation;
import org.trackone.csbm.internal.IdempotencyRepository;
import org.trackone.csbm.internal.IdempotencyRepository.Earlier;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submissions a client may safely send again. Under an Idempotency-Key, what a submission
 * made is remembered in its own transaction with a digest of the request; the same request
 * under the same key from the same account then returns that first result instead of
 * making a second item (a request sent again while the first is still being made waits for
 * it), and another request under the key is refused, so that a client reusing a key by
 * mistake learns that nothing was sent.
 */
@Service
public class IdempotentSubmissions {

    public static final int MAX_KEY = 200;

    private final IdempotencyRepository keys;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    IdempotentSubmissions(IdempotencyRepository keys, JsonMapper json) {
        this.keys = keys;
        this.json = json;
    }

    /** What a submission came to: the item, and whether this call made it or found it under its key. */
    public record Outcome<T>(T item, boolean created) {
    }

    /**
     * Submits once per key.
     *
     * @param request what identifies the request: its address's variables and its body
     * @param submit makes the item (and checks who may), joining this transaction
     * @param firstResult reads the item made earlier under the key, as the account may see it
     * @throws RuleViolation when the key is malformed, or was used for another kind of submission
     *     or another request
     */
    @Transactional
    public <T> Outcome<T> once(String username, @Nullable String idempotencyKey, ItemKind kind, Object request,
            Supplier<T> submit, ToLongFunction<T> idOf, LongFunction<T> firstResult) {
        String key = key(idempotencyKey);
        if (key == null) {
            return new Outcome<>(submit.get(), true);
        }
        String digest = digest(request);
        keys.lock(username, key);
        Optional<Earlier> earlier = keys.find(username, key);
        if (earlier.isPresent()) {
            if (earlier.get().kind() != kind) {
                throw new RuleViolation("Idempotency-Key", "csbm.idempotencyKey.otherSubmission");
            }
            if (!digest.equals(earlier.get().requestDigest())) {
                throw new RuleViolation("Idempotency-Key", "csbm.idempotencyKey.otherRequest");
            }
            return new Outcome<>(firstResult.apply(earlier.get().itemId()), false);
        }
        T item = submit.get();
        keys.remember(username, key, kind, idOf.applyAsLong(item), digest, clock.instant());
        return new Outcome<>(item, true);
    }

    private String digest(Object request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The key as sent, without surrounding spaces; null when none was sent.
     *
     * @throws RuleViolation when it is too long or holds control characters
     */
    static @Nullable String key(@Nullable String idempotencyKey) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && (key.length() > MAX_KEY || key.chars().anyMatch(Character::isISOControl))) {
            throw new RuleViolation("Idempotency-Key", "csbm.idempotencyKey", MAX_KEY);
        }
        return key;
    }
}
