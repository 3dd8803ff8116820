package io.kontor.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps docs/asyncapi.yaml true to the contract: a new topic or event type must be documented there. */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "asyncapi.yaml");

    @Test
    void everyTopicIsAChannel() throws IOException {
        String asyncApi = Files.readString(DOCUMENT);

        Topics.ALL.forEach(topic -> assertThat(asyncApi).contains("address: " + topic));
    }

    @Test
    void everyEventTypeIsAMessage() throws IOException {
        String asyncApi = Files.readString(DOCUMENT);

        EventTypes.ALL.forEach(type -> assertThat(asyncApi).contains("name: " + type.name()));
    }
}
