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
    void whatTheDatabaseCannotStoreIsRefusedBeforeTheSchemaSeesIt() {
        SettingsInvalid invalid = catchThrowableOfType(SettingsInvalid.class, () -> settings.check(SCHEMA,
                json("{\"host\": \"a\\u0000b\", \"port\": 1e309, \"from\": \"a@kontor-test.be\", "
                        + "\"extra\": {\"k\\u0000\": 1, \"list\": [\"\\u0000\"]}}")));

        assertThat(invalid.violations()).containsExactly(
                new Violation("$.settings.host", "must not contain a NUL character"),
                new Violation("$.settings.port", "must be a number of at most about 1.8e308"),
                new Violation("$.settings.extra", "a member name must not contain a NUL character"),
                new Violation("$.settings.extra.list[0]", "must not contain a NUL character"));
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
