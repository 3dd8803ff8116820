package io.kontor.documents.service;

import io.kontor.documents.repository.DocumentRepository.SortKey;
import io.kontor.documents.DocumentSort;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * The opaque {@code cursor} of a folder view: the sort order and the sort key of the last document of a page,
 * base64url-encoded. The order is inside so that a cursor is never applied to a list sorted differently.
 */
final class DocumentCursor {

    private static final String VERSION = "d1";

    private DocumentCursor() {
    }

    static String encode(DocumentSort sort, SortKey key) {
        String plain = VERSION + "|" + sort.parameter() + "|" + key.id() + "|" + key.value();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static SortKey decode(String cursor, DocumentSort sort) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|", 4);
            if (parts.length != 4 || !VERSION.equals(parts[0])) {
                throw new InvalidCursor();
            }
            if (!sort.parameter().equals(parts[1])) {
                throw new CursorForOtherSort(parts[1], sort.parameter());
            }
            return new SortKey(sort.parseValue(parts[3]), UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidCursor();
        }
    }
}
