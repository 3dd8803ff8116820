package io.kontor.documents.service;

import io.kontor.documents.repository.ClientRepository.SortKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientCursorTest {

    @Test
    void aCursorCarriesTheSortKeyIncludingAwkwardNames() {
        SortKey key = new SortKey("bäckerei: müller & söhne / 2", UUID.randomUUID());

        String cursor = ClientCursor.encode(key);

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(ClientCursor.decode(cursor)).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "YWJj", "", "c1:abc:def"})
    void anythingElseIsAnInvalidCursor(String cursor) {
        assertThatThrownBy(() -> ClientCursor.decode(cursor)).isInstanceOf(InvalidCursor.class);
        String forged = Base64.getUrlEncoder().encodeToString(("c2:" + UUID.randomUUID() + ":x")
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ClientCursor.decode(forged)).isInstanceOf(InvalidCursor.class);
    }
}
