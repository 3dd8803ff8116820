package io.kontor.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kontor.problem.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SettingsSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode SCHEMA = json("""
            {"type": "object",
             "properties": {"host": {"type": "string"}, "port": {"type": "integer", "maximum": 65535},
                            "from": {"type": "string", "format": "email"},
                            "password": {"type": "string", "writeOnly": true},
                            "token": {"type": "string", "writeOnly": true}},
             "required": ["host", "from"], "additionalProperties": false}""");

    private final SettingsSchema settings = new SettingsSchema();

    @Test
    void settingsThatFitPass() {
        assertThatNoException().isThrownBy(() -> settings.check(SCHEMA,
                json("{\"host\": \"smtp.example.com\", \"port\": 587, \"from\": \"a@kontor-test.be\"}")));
    }

    @Test
    void everyViolationIsNamedByItsJsonPathWithoutRepeatingIt() {
        SettingsInvalid invalid = catchThrowableOfType(SettingsInvalid.class, () -> settings.check(SCHEMA,
                json("{\"port\": \"587\", \"from\": \"nobody\", \"colour\": \"blue\"}")));

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.violations()).extracting(Violation::field).containsExactly(
                "$.settings.colour", "$.settings.from", "$.settings.host", "$.settings.port");
        assertThat(invalid.violations()).extracting(Violation::message)
                .noneMatch(message -> message.startsWith("$"));
    }

    @Test
    void aSchemaWithoutDialectIsReadAsDraft2020WithFormatsAsserted() {
        JsonNode schema = json("{\"properties\": {\"url\": {\"type\": \"string\", \"format\": \"uri\"}}}");

        SettingsInvalid invalid = catchThrowableOfType(SettingsInvalid.class,
                () -> settings.check(schema, json("{\"url\": \"not a uri\"}")));

        assertThat(invalid.violations()).extracting(Violation::field).containsExactly("$.settings.url");
    }

    @Test
    void writeOnlyPropertiesAreTheSecrets() {
        assertThat(SettingsSchema.secretNames(SCHEMA)).containsExactly("password", "token");
        assertThat(SettingsSchema.secretNames(json("{\"type\": \"object\"}"))).isEmpty();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
