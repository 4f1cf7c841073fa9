package org.trackone.csbm.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trackone.csbm.ItemKind;

/**
 * The Idempotency-Keys accounts made submissions under, with the keys of prior
 * notifications, which those keep on their own rows. Rows are only ever inserted.
 */
@Repository
public class IdempotencyRepository {

    private final JdbcClient jdbc;

    IdempotencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Holds the key until the transaction ends: a second request under it waits for the
     * first to commit, and then finds what it made instead of making it again.
     */
    public void lock(String account, String key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(? || chr(31) || ?, 0))").params(account, key)
                .query((rs, n) -> 1).list();
    }

    /** What the account made under the key, if it used the key before: an item, or a prior notification. */
    public Optional<Earlier> find(String account, String key) {
        // Both at once only if a notification and another submission raced under one key: the latter wins.
        return jdbc.sql("""
                select item_kind, item_id, request_digest from (
                    select item_kind, item_id, request_digest from csbm_idempotency_key
                    where account = ? and idempotency_key = ?
                    union all
                    select null, id, null from csbm_notification where submitted_by = ? and idempotency_key = ?
                ) used order by item_kind nulls last limit 1""")
                .params(account, key, account, key)
                .query((rs, n) -> new Earlier(rs.getString("item_kind") == null ? null
                        : ItemKind.valueOf(rs.getString("item_kind")), rs.getLong("item_id"), rs.getString("request_digest")))
                .optional();
    }

    /**
     * Remembers the key with the item made under it. A second request under the same key
     * that ran at the same time fails here on the primary key, and its transaction, item
     * included, is rolled back.
     */
    public void remember(String account, String key, ItemKind kind, long itemId, String requestDigest, Instant at) {
        jdbc.sql("""
                insert into csbm_idempotency_key (account, idempotency_key, item_kind, item_id, request_digest, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(account, key, kind.name(), itemId, requestDigest, Timestamp.from(at)).update();
    }

    /**
     * @param kind the kind of item made, null for a prior notification
     * @param requestDigest the request's digest, null for a prior notification
     */
    public record Earlier(@Nullable ItemKind kind, long itemId, @Nullable String requestDigest) {
    }
}
