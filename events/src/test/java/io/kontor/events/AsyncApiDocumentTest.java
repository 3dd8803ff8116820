package io.kontor.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps docs/asyncapi.yaml a valid AsyncAPI 3.0.0 document and true to the contract, so that a third party can
 * build a consumer from it alone: every topic is a channel and every event type a message on its topic's channel.
 */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "asyncapi.yaml");
    /** Vendored from {@code @asyncapi/specs} (see the README beside it): the build must not need the network. */
    private static final String ASYNCAPI_SCHEMA = "/asyncapi/asyncapi-3.0.0-without-id.json";

    private static JsonNode document;

    @BeforeAll
    static void readDocument() throws IOException {
        document = new YAMLMapper().readTree(DOCUMENT.toFile());
    }

    @Test
    void documentIsValidAsyncApi() throws IOException {
        List<String> violations = asyncApiSchema().validate(document).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .distinct()
                .toList();

        assertThat(violations).as("violations of the AsyncAPI 3.0.0 schema in %s", DOCUMENT).isEmpty();
    }

    @Test
    void everyTopicIsAChannel() {
        List<String> addresses = elements(document.path("channels")).map(channel -> channel.path("address").asText())
                .toList();

        assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    }

    @Test
    void everyEventTypeIsAMessageOnTheChannelOfItsTopic() {
        List<String> documented = new ArrayList<>();
        elements(document.path("channels")).forEach(channel -> elements(channel.path("messages"))
                .forEach(message -> documented.add(channel.path("address").asText() + " carries "
                        + resolve(message).path("name").asText())));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(EventTypes.ALL.stream()
                .map(type -> type.topic() + " carries " + type.name())
                .toList());
    }

    /** Follows local references ({@code #/components/…}), the only kind the document uses. */
    private static JsonNode resolve(JsonNode node) {
        JsonNode ref = node.path("$ref");
        if (ref.isMissingNode()) {
            return node;
        }
        assertThat(ref.asText()).as("reference in %s", DOCUMENT).startsWith("#/");
        JsonNode target = document.at(ref.asText().substring(1));
        assertThat(target.isMissingNode()).as("%s resolves", ref.asText()).isFalse();
        return resolve(target);
    }

    private static Stream<JsonNode> elements(JsonNode object) {
        return StreamSupport.stream(object.spliterator(), false);
    }

    /**
     * Draft-07, the schema's own dialect, with {@code format} asserted: a malformed URI is an error, not a note.
     * Resource loaders are emptied so that a {@code $ref} leaving the vendored file fails here instead of
     * reaching for the network.
     */
    private static Schema asyncApiSchema() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder
                        .resourceLoaders(loaders -> loaders.values(List::clear))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .pathType(PathType.JSON_PATH)
                                .build()));
        try (InputStream schema = AsyncApiDocumentTest.class.getResourceAsStream(ASYNCAPI_SCHEMA)) {
            return registry.getSchema(new ObjectMapper().readTree(schema));
        }
    }
}
