package org.trackone.dialogue.internal;

import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is looking, as the dialogue module cares: the secretariat, a delegate (with the
 * participant and ministry its account acts for, from the {@code PARTICIPANT_} and
 * {@code MINISTRY_} authorities the access module gives it), an expert, an observer, or
 * nobody signed in.
 */
public record Viewer(@Nullable String username, Set<String> authorities) {

    public static Viewer of(@Nullable Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return new Viewer(null, Set.of());
        }
        return new Viewer(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet()));
    }

    /** The reader as the records care. */
    public org.trackone.dialogue.RecordReader reader() {
        return new org.trackone.dialogue.RecordReader(username, secretariat());
    }

    public boolean signedIn() {
        return username != null;
    }

    public boolean secretariat() {
        return authorities.contains("ROLE_SECRETARIAT");
    }

    public boolean delegate() {
        return authorities.contains("ROLE_DELEGATE");
    }

    public boolean expert() {
        return authorities.contains("ROLE_EXPERT");
    }

    /** The secretariat, delegates and experts: those who take part in the dialogue's work. */
    public boolean insider() {
        return secretariat() || delegate() || expert();
    }

    /** The participant a delegate acts for, or null. */
    public @Nullable String participant() {
        return after("PARTICIPANT_");
    }

    /** The ministry a delegate speaks for (FOREIGN_AFFAIRS, DEFENCE), or null. */
    public @Nullable String ministry() {
        return after("MINISTRY_");
    }

    private @Nullable String after(String prefix) {
        return authorities.stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length()))
                .findFirst().orElse(null);
    }
}
