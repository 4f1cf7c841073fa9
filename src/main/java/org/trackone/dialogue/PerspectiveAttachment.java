package org.trackone.dialogue;

/**
 * The PDF submitted with a version of a perspective: its name, size in bytes and SHA-256
 * (hexadecimal). The content is read apart, by those who may read the perspective.
 */
public record PerspectiveAttachment(String fileName, int size, String sha256) {

    /** The file as uploaded: its name as the client gave it (may be blank) and its bytes. */
    public record Upload(String fileName, byte[] content) {
    }

    /** The stored file, for a download. */
    public record Content(PerspectiveAttachment attachment, byte[] content) {
    }
}
