package io.kontor.settings;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.problem.Violation;

import java.util.List;
import java.util.Map;

/**
 * What valid JSON may hold that PostgreSQL's jsonb cannot store, found before a schema check or an insert trips over
 * it: a NUL character in a string or a member name (U+0000), and a number beyond a double's range (Jackson
 * reads {@code 1e309} as Infinity, which is no JSON number at all, and the schema validator cannot compare it). A
 * JSON Schema says nothing about either.
 */
final class StorableJson {

    private StorableJson() {
    }

    /** Adds a violation for every unstorable value below {@code node}, named by its JSON path. */
    static void check(JsonNode node, String path, List<Violation> violations) {
        if (node.isTextual() && node.textValue().indexOf('\0') >= 0) {
            violations.add(new Violation(path, "must not contain a NUL character"));
        } else if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
            violations.add(new Violation(path, "must be a number of at most about 1.8e308"));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (member.getKey().indexOf('\0') >= 0) {
                    violations.add(new Violation(path, "a member name must not contain a NUL character"));
                } else {
                    check(member.getValue(), path + "." + member.getKey(), violations);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", violations);
            }
        }
    }
}
