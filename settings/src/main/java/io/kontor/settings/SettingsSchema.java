package io.kontor.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import io.kontor.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Extension settings against the extension's JSON Schemas (partner-level in store-service, client-level in
 * integrations-service). Checks settings against a JSON Schema (draft 2020-12 unless the schema says otherwise), with
 * {@code format} asserted rather than merely annotated: an e-mail address that is not one is an error here, not
 * a failed delivery next week. Each violation names its JSON path below {@code $.settings}.
 */
@ApplicationScoped
public class SettingsSchema {

    private static final String ROOT = "$.settings";
    /** Keywords whose error is about a member of the object at the instance location, named in the error. */
    private static final Set<String> ABOUT_A_MEMBER = Set.of("required", "additionalProperties",
            "dependentRequired", "unevaluatedProperties");

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_PATH)
                    .build()));

    /** Compiled once per schema: the catalog has few, and every install or integration checks against one. */
    private final Map<JsonNode, Schema> compiled = new ConcurrentHashMap<>();

    /**
     * Also refuses what the schema cannot see but the database cannot store ({@link StorableJson}), before the
     * schema is applied: the validator itself fails on a number it cannot compare.
     *
     * @throws SettingsInvalid listing every violation, each with the JSON path of the offending setting
     */
    public void check(JsonNode schema, JsonNode settings) {
        List<Violation> unstorable = new ArrayList<>();
        StorableJson.check(settings, ROOT, unstorable);
        if (!unstorable.isEmpty()) {
            throw new SettingsInvalid(unstorable);
        }
        Schema compiled = this.compiled.computeIfAbsent(schema.deepCopy(), registry::getSchema);
        List<Violation> violations = compiled.validate(settings).stream()
                .map(SettingsSchema::violation)
                .distinct()
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        if (!violations.isEmpty()) {
            throw new SettingsInvalid(violations);
        }
    }

    /** The top-level settings the schema declares {@code "writeOnly": true}: secrets, never to be shown. */
    public static Set<String> secretNames(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        schema.path("properties").properties().forEach(property -> {
            if (property.getValue().path("writeOnly").asBoolean(false)) {
                names.add(property.getKey());
            }
        });
        return names;
    }

    private static Violation violation(Error error) {
        String location = error.getInstanceLocation().toString();
        String path = ROOT + location.substring(1);
        if (ABOUT_A_MEMBER.contains(error.getKeyword()) && error.getProperty() != null) {
            path = path + "." + error.getProperty();
        }
        return new Violation(path, messageWithoutLocation(error, location));
    }

    /** The library starts its messages with the location, which the field already carries. */
    private static String messageWithoutLocation(Error error, String location) {
        String message = error.getMessage();
        return message.startsWith(location + ": ") ? message.substring(location.length() + 2) : message;
    }
}
