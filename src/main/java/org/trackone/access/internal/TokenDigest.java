package org.trackone.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stored form of an API token: its SHA-256 digest. A token is 256 random bits, so
 * a fast digest is enough; unlike a password it cannot be guessed from a dictionary.
 */
public final class TokenDigest {

    /** Copied for each digest: a copy costs far less than looking the algorithm up again. */
    private static final MessageDigest SHA_256 = sha256();

    private TokenDigest() {
    }

    public static String of(String token) {
        return HexFormat.of().formatHex(copy().digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static MessageDigest copy() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }
}
