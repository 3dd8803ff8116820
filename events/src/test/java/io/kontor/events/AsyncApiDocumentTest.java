package io.kontor.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps docs/asyncapi.yaml a valid AsyncAPI 3.0.0 document and true to the contract, so that a third party can
 * build a consumer from it alone: every topic is a channel, every event type a message on its topic's channel,
 * every payload names exactly the fields of the event's record and accepts the event's golden file.
 */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "asyncapi.yaml");
    /** Vendored from {@code @asyncapi/specs} (see the README beside it): the build must not need the network. */
    private static final String ASYNCAPI_SCHEMA = "/asyncapi/asyncapi-3.0.0-without-id.json";

    /** The name the document goes by inside the validator, so that its payloads' {@code $ref}s resolve. */
    private static final String DOCUMENT_IRI = "urn:kontor:asyncapi";

    private static JsonNode document;

    @BeforeAll
    static void readDocument() throws IOException {
        document = new YAMLMapper().readTree(DOCUMENT.toFile());
    }

    static Stream<EventType<?>> eventTypes() {
        return EventTypes.ALL.stream();
    }

    @Test
    void documentIsValidAsyncApi() throws IOException {
        Schema asyncApi;
        try (InputStream schema = AsyncApiDocumentTest.class.getResourceAsStream(ASYNCAPI_SCHEMA)) {
            asyncApi = offlineRegistry(Map.of()).getSchema(new ObjectMapper().readTree(schema));
        }

        assertThat(violations(asyncApi, document)).as("violations of the AsyncAPI 3.0.0 schema in %s", DOCUMENT)
                .isEmpty();
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

    @ParameterizedTest
    @MethodSource("eventTypes")
    void payloadNamesExactlyTheFieldsOfTheRecord(EventType<?> type) {
        JsonNode payload = document.path("components").path("messages").path(messageKey(type)).path("payload");

        assertPropertiesAreTheComponents(payload, type.dataClass(), type.name() + " payload");
    }

    /** The golden file is what the producer writes, so the payload schema must accept it, types and formats too. */
    @ParameterizedTest
    @MethodSource("eventTypes")
    void goldenFileIsValidAgainstThePayloadSchema(EventType<?> type) throws IOException {
        Schema payload = offlineRegistry(Map.of(DOCUMENT_IRI, new ObjectMapper().writeValueAsString(document)))
                .getSchema(SchemaLocation.of(DOCUMENT_IRI + "#/components/messages/" + messageKey(type) + "/payload"));
        JsonNode golden;
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/golden/" + type.name() + ".json")) {
            golden = new ObjectMapper().readTree(in);
        }

        assertThat(violations(payload, golden)).as("%s golden file against its payload schema", type).isEmpty();
    }

    /**
     * Nested records are compared too: an {@code IntegrationSnapshot} that grows a field must grow it in the
     * document. A primitive component is always written, so the document must also call it required.
     */
    private static void assertPropertiesAreTheComponents(JsonNode schema, Class<?> recordClass, String where) {
        Map<String, JsonNode> properties = properties(schema);
        List<String> required = required(schema);
        RecordComponent[] components = recordClass.getRecordComponents();

        assertThat(properties.keySet()).as("properties of %s, against %s", where, recordClass.getName())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(components).map(RecordComponent::getName).toList());
        assertThat(properties.keySet()).as("required of %s", where).containsAll(required);
        assertThat(required).as("required of %s (its primitive components)", where)
                .containsAll(Arrays.stream(components)
                        .filter(component -> component.getType().isPrimitive())
                        .map(RecordComponent::getName)
                        .toList());

        for (RecordComponent component : components) {
            String nestedWhere = where + "." + component.getName();
            JsonNode property = resolve(properties.get(component.getName()));
            if (component.getType().isRecord()) {
                assertPropertiesAreTheComponents(property, component.getType(), nestedWhere);
            } else if (elementType(component.getGenericType()) instanceof Class<?> element && element.isRecord()) {
                assertPropertiesAreTheComponents(property.path("items"), element, nestedWhere + "[]");
            }
        }
    }

    /** The properties a schema declares itself and through {@code allOf}, after following {@code $ref}s. */
    private static Map<String, JsonNode> properties(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        resolved.path("properties").properties().forEach(property -> properties.put(property.getKey(),
                property.getValue()));
        resolved.path("allOf").forEach(part -> properties.putAll(properties(part)));
        return properties;
    }

    private static List<String> required(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        List<String> required = new ArrayList<>();
        resolved.path("required").forEach(name -> required.add(name.asText()));
        resolved.path("allOf").forEach(part -> required.addAll(required(part)));
        return required;
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

    private static Type elementType(Type type) {
        return type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class
                ? parameterized.getActualTypeArguments()[0]
                : null;
    }

    private static Stream<JsonNode> elements(JsonNode object) {
        return StreamSupport.stream(object.spliterator(), false);
    }

    /** The key under components.messages of the message that documents the type. */
    private static String messageKey(EventType<?> type) {
        return document.path("components").path("messages").properties().stream()
                .filter(message -> message.getValue().path("name").asText().equals(type.name()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no message named " + type.name()));
    }

    private static List<String> violations(Schema schema, JsonNode instance) {
        return schema.validate(instance).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .distinct()
                .toList();
    }

    /**
     * Draft-07, the AsyncAPI schema's own dialect, with {@code format} asserted: a malformed URI or UUID is an
     * error, not a note. Resource loaders are emptied so that a {@code $ref} to anything but the given schemas
     * fails here instead of reaching for the network.
     */
    private static SchemaRegistry offlineRegistry(Map<String, String> schemasByIri) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
                .resourceLoaders(loaders -> loaders.values(List::clear))
                .schemas(schemasByIri)
                .schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .pathType(PathType.JSON_PATH)
                        .build()));
    }
}
