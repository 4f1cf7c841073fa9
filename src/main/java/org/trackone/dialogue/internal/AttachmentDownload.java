package org.trackone.dialogue.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.trackone.dialogue.PerspectiveAttachment;

/** A stored PDF as a download: its type, its name, and its SHA-256 in a header to check it against. */
public final class AttachmentDownload {

    private AttachmentDownload() {
    }

    public static ResponseEntity<byte[]> of(PerspectiveAttachment.Content file) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", file.attachment().sha256())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
