package org.trackone.access;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.trackone.NotFound;
import org.trackone.RuleViolation;
import org.trackone.access.internal.AccountRepository;
import org.trackone.access.internal.TokenDigest;
import org.trackone.access.internal.TokenLookup;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.ParticipantKind;

/** Opens accounts and issues API tokens. */
@Service
@Validated
public class Accounts {

    /** Tokens start with this, so a leaked one is easy to recognise in a scan. */
    public static final String TOKEN_PREFIX = "t1_";
    public static final int MAX_TOKENS = 20;

    private final AccountRepository repository;
    private final PasswordEncoder passwords;
    private final FrameworkDirectory framework;
    private final TokenLookup tokenLookup;
    private final SecureRandom random = new SecureRandom();

    Accounts(AccountRepository repository, PasswordEncoder passwords, FrameworkDirectory framework,
            TokenLookup tokenLookup) {
        this.repository = repository;
        this.tokenLookup = tokenLookup;
        this.passwords = passwords;
        this.framework = framework;
    }

    @Transactional
    public Account open(@Valid NewAccount account) {
        return open(account, false);
    }

    /** Demo accounts may have short passwords: they exist only on the loopback demo. */
    @Transactional
    public Account openDemo(NewAccount account) {
        return open(account, true);
    }

    private Account open(NewAccount account, boolean demo) {
        if (repository.findByUsername(account.username()).isPresent()) {
            throw new RuleViolation("username", "validation.username.taken", account.username());
        }
        boolean delegate = account.role() == Role.DELEGATE;
        if (delegate && (account.participant() == null || account.ministry() == null)) {
            throw new RuleViolation(account.participant() == null ? "participant" : "ministry", "account.delegateNeeds");
        }
        if (delegate && framework.findParticipant(account.participant())
                .filter(p -> p.kind() == ParticipantKind.STATE).isEmpty()) {
            throw new RuleViolation("participant", "validation.unknownParticipant", account.participant());
        }
        String participant = delegate ? account.participant() : null;
        Ministry ministry = delegate ? account.ministry() : null;
        long id = repository.insert(account.username(), account.displayName().strip(),
                passwords.encode(account.password()), account.role(), participant, ministry, demo);
        return new Account(id, account.username(), account.displayName().strip(), account.role(), participant,
                ministry, demo);
    }

    public Optional<Account> find(String username) {
        return repository.findByUsername(username).map(AccountRepository.StoredAccount::account);
    }

    public List<Account> demoAccounts() {
        return repository.demoAccounts();
    }

    public List<ApiToken> tokens(String username) {
        return repository.tokens(account(username).id());
    }

    /** Issues a new token and returns its secret: the only time anyone sees it. */
    @Transactional
    public String issueToken(String username, String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100 || label.chars().anyMatch(Character::isISOControl)) {
            throw new RuleViolation("name", "token.nameInvalid");
        }
        Account account = account(username);
        if (repository.tokens(account.id()).stream().filter(ApiToken::active).count() >= MAX_TOKENS) {
            throw new RuleViolation("name", "token.tooMany", MAX_TOKENS);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = TOKEN_PREFIX + HexFormat.of().formatHex(secret);
        repository.insertToken(account.id(), label, TokenDigest.of(token), token.substring(0, 10));
        return token;
    }

    @Transactional
    public void revokeToken(String username, long tokenId) {
        if (!repository.revokeToken(account(username).id(), tokenId)) {
            throw new NotFound("token", tokenId);
        }
        tokenLookup.forgetAllAfterCommit();
    }

    private Account account(String username) {
        return find(username).orElseThrow(() -> new NotFound("account", username));
    }
}
