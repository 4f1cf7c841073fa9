package org.trackone.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trackone.access.Account;
import org.trackone.access.ApiToken;
import org.trackone.access.Ministry;
import org.trackone.access.Role;

/** Accounts and API tokens, in plain SQL. */
@Repository
public class AccountRepository {

    private static final String ACCOUNT_SELECT =
            "select id, username, display_name, password_hash, role, participant_code, ministry, demo from access_account";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account with its password hash, for sign-in only. */
    public record StoredAccount(Account account, String passwordHash) {
    }

    public Optional<StoredAccount> findByUsername(@Nullable String username) {
        return jdbc.sql(ACCOUNT_SELECT + " where username = ?").param(username).query(AccountRepository::stored).optional();
    }

    /** The account that holds an active token with this digest. */
    public Optional<Account> findByTokenDigest(String digest) {
        return jdbc.sql(ACCOUNT_SELECT + " where id = (select account_id from access_api_token where token_hash = ? and revoked_at is null)")
                .param(digest).query(AccountRepository::stored).optional().map(StoredAccount::account);
    }

    public List<Account> demoAccounts() {
        return jdbc.sql(ACCOUNT_SELECT + " where demo order by id").query(AccountRepository::stored).list()
                .stream().map(StoredAccount::account).toList();
    }

    public long insert(String username, String displayName, String passwordHash, Role role,
            @Nullable String participant, @Nullable Ministry ministry, boolean demo) {
        return jdbc.sql("""
                insert into access_account (username, display_name, password_hash, role, participant_code, ministry, demo)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(username, displayName, passwordHash, role.name(), participant,
                        ministry == null ? null : ministry.name(), demo)
                .query(Long.class).single();
    }

    public void insertToken(long accountId, String name, String digest, String prefix) {
        jdbc.sql("insert into access_api_token (account_id, name, token_hash, prefix) values (?, ?, ?, ?)")
                .params(accountId, name, digest, prefix).update();
    }

    public List<ApiToken> tokens(long accountId) {
        return jdbc.sql("""
                select id, name, prefix, created_at, last_used_at, revoked_at from access_api_token
                where account_id = ? order by id desc""")
                .param(accountId)
                .query((rs, n) -> new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
                        instant(rs, "created_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at")))
                .list();
    }

    public boolean revokeToken(long accountId, long tokenId) {
        return jdbc.sql("update access_api_token set revoked_at = now() where id = ? and account_id = ? and revoked_at is null")
                .params(tokenId, accountId).update() == 1;
    }

    /** Notes the token's use, at most once a minute, so that reads do not turn into writes. */
    public void touchToken(String digest) {
        jdbc.sql("""
                update access_api_token set last_used_at = now()
                where token_hash = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')""")
                .param(digest).update();
    }

    private static StoredAccount stored(ResultSet rs, int row) throws SQLException {
        String ministry = rs.getString("ministry");
        return new StoredAccount(new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("participant_code"),
                ministry == null ? null : Ministry.valueOf(ministry), rs.getBoolean("demo")),
                rs.getString("password_hash"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
