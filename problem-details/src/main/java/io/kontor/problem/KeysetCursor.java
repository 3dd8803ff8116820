package io.kontor.problem;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Where a page of a list ordered by (createdAt, id) ended: the last pair it held. Opaque to clients, so its form may
 * change; a value this API did not hand out is a 400 naming {@code cursor}.
 */
public record KeysetCursor(Instant createdAt, UUID id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((createdAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** @return null for a null or empty cursor (the first page) */
    public static KeysetCursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            return new KeysetCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw new InvalidInput("invalid-cursor", "Invalid cursor",
                    "The cursor is not one this API returned; start again without it.",
                    List.of(new Violation("cursor", "must be a nextCursor value returned by this API")));
        }
    }
}
