package org.trackone.csbm.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trackone.csbm.ItemKind;

/** The Idempotency-Keys accounts made submissions under. Rows are only ever inserted. */
@Repository
public class IdempotencyRepository {

    private final JdbcClient jdbc;

    IdempotencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the account made under the key, if it used the key before. */
    public Optional<Earlier> find(String account, String key) {
        return jdbc.sql("select item_kind, item_id from csbm_idempotency_key where account = ? and idempotency_key = ?")
                .params(account, key)
                .query((rs, n) -> new Earlier(ItemKind.valueOf(rs.getString("item_kind")), rs.getLong("item_id")))
                .optional();
    }

    /**
     * Remembers the key with the item made under it. A second request under the same key
     * that ran at the same time fails here on the primary key, and its transaction, item
     * included, is rolled back.
     */
    public void remember(String account, String key, ItemKind kind, long itemId, Instant at) {
        jdbc.sql("""
                insert into csbm_idempotency_key (account, idempotency_key, item_kind, item_id, recorded_at)
                values (?, ?, ?, ?, ?)""")
                .params(account, key, kind.name(), itemId, Timestamp.from(at)).update();
    }

    public record Earlier(ItemKind kind, long itemId) {
    }
}
