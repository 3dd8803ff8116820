package io.kontor.documents.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.documents.DocumentDetails;
import io.kontor.problem.InvalidInput;
import io.kontor.problem.Violation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON Merge Patch (RFC 7396) of a document's metadata: a member sets a field, a null member clears it, an
 * absent member leaves it as it is. Values may be JSON strings or numbers (amounts); the rules are the upload's.
 */
final class MetadataPatch {

    private final Map<String, String> set;
    private final List<String> cleared;

    private MetadataPatch(Map<String, String> set, List<String> cleared) {
        this.set = set;
        this.cleared = cleared;
    }

    /** @throws InvalidInput (422) when the body is not an object or a member is neither text, number nor null */
    static MetadataPatch of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInput("validation-failed", "Request validation failed",
                    "Send a JSON object with the metadata fields to change, e.g. {\"dueDate\": \"2026-02-28\"}.",
                    List.of(new Violation("body", "must be a JSON object")));
        }
        Map<String, String> set = new HashMap<>();
        List<String> cleared = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        body.properties().forEach(member -> {
            JsonNode value = member.getValue();
            if (value.isNull()) {
                cleared.add(member.getKey());
            } else if (value.isTextual() || value.isNumber()) {
                // The number as written (1E+6 stays 1E+6): expanding an exponent could mean a million digits.
                set.put(member.getKey(), value.asText());
            } else {
                violations.add(new Violation(member.getKey(), "must be a string, a number or null"));
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidInput("validation-failed", "Request validation failed",
                    "Fix these fields and send the request again.", violations);
        }
        return new MetadataPatch(set, cleared);
    }

    DocumentDetails applyTo(DocumentDetails current) {
        Map<String, String> merged = new HashMap<>(MetadataFields.asText(current));
        cleared.forEach(name -> merged.put(name, null));
        merged.putAll(set);
        return MetadataFields.parse(merged);
    }
}
