package io.kontor.documents.service;

import io.kontor.documents.repository.ClientRepository.SortKey;
import io.kontor.problem.ValueParsers;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * The opaque {@code cursor} of the client list: the sort key of the last client of a page, base64url-encoded.
 * Opaque so that the ordering can change without breaking callers who only pass it back.
 */
final class ClientCursor {

    private static final String VERSION = "c1";

    private ClientCursor() {
    }

    static String encode(SortKey key) {
        String plain = VERSION + ":" + key.id() + ":" + key.name();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static SortKey decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = plain.split(":", 3);
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                throw new InvalidCursor();
            }
            return new SortKey(ValueParsers.text(parts[2]), UUID.fromString(parts[1]));
        } catch (IllegalArgumentException e) {
            throw new InvalidCursor();
        }
    }
}
