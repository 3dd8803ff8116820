package io.kontor.documents;

import java.util.Objects;

/**
 * What the server established about an uploaded original, never what the uploader claimed: the size counted, the
 * SHA-256 computed and the media type sniffed from the bytes. The file name is the uploader's, kept for display.
 */
public record StoredFile(String fileName, String mediaType, long sizeBytes, String sha256) {

    public StoredFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("an original has at least one byte");
        }
    }
}
