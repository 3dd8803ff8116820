package io.kontor.documents.service;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An original as the HTTP layer received it: spooled to a temporary file (never held in memory), with the name the
 * uploader gave it. Nothing else the uploader says about it (its Content-Type) is believed.
 *
 * @param fileName cleaned for display and downloads: without a client-side directory, control characters or
 *                 excess length; {@value #FALLBACK_NAME} when nothing usable is left
 */
public record UploadedOriginal(Path file, String fileName) {

    static final String FALLBACK_NAME = "document";
    private static final int MAX_NAME_LENGTH = 255;

    public UploadedOriginal {
        Objects.requireNonNull(file, "file");
        fileName = clean(fileName);
    }

    private static String clean(String name) {
        if (name == null) {
            return FALLBACK_NAME;
        }
        // Some browsers send the full client-side path ("C:\Users\…\invoice.pdf"); only its last segment is a name.
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        // \p{Cc}, not \p{Cntrl}: the latter is ASCII only and would let C1 controls (U+0080 to U+009F) through.
        String cleaned = last.replaceAll("\\p{Cc}", "").strip();
        if (cleaned.length() > MAX_NAME_LENGTH) {
            // Never keep half of a surrogate pair (an emoji, say): it is no character and encodes as "?".
            int end = Character.isHighSurrogate(cleaned.charAt(MAX_NAME_LENGTH - 1)) ? MAX_NAME_LENGTH - 1
                    : MAX_NAME_LENGTH;
            cleaned = cleaned.substring(0, end);
        }
        return cleaned.isEmpty() ? FALLBACK_NAME : cleaned;
    }
}
