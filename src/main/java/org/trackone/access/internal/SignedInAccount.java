package org.trackone.access.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.trackone.access.Account;

/**
 * The signed-in principal. Besides its role, a delegate carries authorities naming its
 * participant and ministry ({@code PARTICIPANT_KOR}, {@code MINISTRY_DEFENCE}), so that
 * modules can check "acts for this state" without knowing about accounts.
 */
public record SignedInAccount(Account account, String passwordHash) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authoritiesOf(account);
    }

    public static List<GrantedAuthority> authoritiesOf(Account account) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(account.role().authority()));
        if (account.participant() != null) {
            authorities.add(new SimpleGrantedAuthority("PARTICIPANT_" + account.participant()));
        }
        if (account.ministry() != null) {
            authorities.add(new SimpleGrantedAuthority("MINISTRY_" + account.ministry().name()));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    /** The display name, so templates can greet the person rather than the username. */
    public String displayName() {
        return account.displayName();
    }
}
