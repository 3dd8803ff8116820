package io.kontor.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the wire shape of every event. A failing test here means the contract changed: additive changes update
 * the golden file on purpose; anything else is a new {@code .vN} type.
 */
class GoldenEventsTest {

    /** Exact decimals, so that 100.00 stays 100.00 on its way through a JSON tree. */
    private static final ObjectMapper JSON = EventJson.mapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    static Stream<EventType<?>> eventTypes() {
        return EventTypes.ALL.stream();
    }

    @Test
    void everyEventTypeHasASampleAndAGoldenFile() {
        assertThat(EventSamples.ALL.keySet()).containsExactlyInAnyOrderElementsOf(EventTypes.ALL);
        EventTypes.ALL.forEach(type -> assertThat(GoldenEventsTest.class.getResource(goldenPath(type)))
                .as("golden file for %s", type).isNotNull());
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void eventIsWrittenExactlyAsItsGoldenFile(EventType<?> type) throws IOException {
        JsonNode written = JSON.readTree(EventJson.write(EventSamples.ALL.get(type)));

        assertThat(written).isEqualTo(golden(type));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void goldenFileReadsBackIntoTheSameRecord(EventType<?> type) throws IOException {
        Object read = EventJson.read(JSON.writeValueAsBytes(golden(type)), type.dataClass());

        assertThat(read).isEqualTo(EventSamples.ALL.get(type));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void fieldsAddedByANewerProducerAreIgnored(EventType<?> type) throws IOException {
        ObjectNode extended = ((ObjectNode) golden(type)).put("addedLater", "x");

        assertThat(EventJson.read(JSON.writeValueAsBytes(extended), type.dataClass()))
                .isEqualTo(EventSamples.ALL.get(type));
    }

    @Test
    void typeNamesFollowTheKontorPatternAndAreUnique() {
        assertThat(EventTypes.ALL).extracting(EventType::name)
                .doesNotHaveDuplicates()
                .allMatch(name -> name.matches("kontor\\.[a-z]+\\.[a-z-]+\\.v\\d+"));
    }

    private static JsonNode golden(EventType<?> type) throws IOException {
        try (InputStream in = GoldenEventsTest.class.getResourceAsStream(goldenPath(type))) {
            return JSON.readTree(in);
        }
    }

    private static String goldenPath(EventType<?> type) {
        return "/golden/" + type.name() + ".json";
    }
}
