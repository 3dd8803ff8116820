package io.kontor.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One write operation of a service, as a valid call would make it: the path with real ids, the caller's token, a
 * body the operation accepts, and how to read the state it changes. {@link InputFuzzer} breaks each part of it in
 * turn.
 */
public final class FuzzTarget {

    enum BodyKind { JSON, MULTIPART, TEXT, NONE }

    final String method;
    final String pathTemplate;
    final BodyKind kind;
    final Map<String, String> pathValues = new LinkedHashMap<>();
    final Map<String, String> formFields = new LinkedHashMap<>();
    String token;
    String contentType;
    byte[] body;
    String fileField;
    String fileName;
    byte[] file;
    List<String> queryNames = List.of();
    Supplier<?> state = () -> null;

    private FuzzTarget(String method, String pathTemplate, BodyKind kind) {
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.kind = kind;
    }

    /** An operation that takes a JSON body; {@code validJson} is one it accepts. */
    public static FuzzTarget json(String method, String pathTemplate, String validJson) {
        FuzzTarget target = new FuzzTarget(method, pathTemplate, BodyKind.JSON);
        target.contentType = "application/json";
        target.body = validJson.getBytes(StandardCharsets.UTF_8);
        return target;
    }

    /** An operation that takes a body of another text type (a CSV file, say). */
    public static FuzzTarget text(String method, String pathTemplate, String contentType, String validBody) {
        FuzzTarget target = new FuzzTarget(method, pathTemplate, BodyKind.TEXT);
        target.contentType = contentType;
        target.body = validBody.getBytes(StandardCharsets.UTF_8);
        return target;
    }

    /** A multipart upload: the file part and the text fields of a valid one. */
    public static FuzzTarget multipart(String pathTemplate, String fileField, String fileName, byte[] file,
                                       Map<String, String> fields) {
        FuzzTarget target = new FuzzTarget("POST", pathTemplate, BodyKind.MULTIPART);
        target.fileField = fileField;
        target.fileName = fileName;
        target.file = file.clone();
        target.formFields.putAll(fields);
        return target;
    }

    /** An operation without a body (activate, retry, delete). */
    public static FuzzTarget noBody(String method, String pathTemplate) {
        return new FuzzTarget(method, pathTemplate, BodyKind.NONE);
    }

    /** The value of a path parameter, e.g. {@code with("clientId", id)}. */
    public FuzzTarget with(String pathParameter, Object value) {
        pathValues.put(pathParameter, String.valueOf(value));
        return this;
    }

    public FuzzTarget as(String bearerToken) {
        this.token = bearerToken;
        return this;
    }

    /** Query parameters the operation reads; each gets overlong and broken values (an unknown one always does). */
    public FuzzTarget query(String... names) {
        this.queryNames = List.of(names);
        return this;
    }

    /**
     * What a refused request must leave as it was: any value with a meaningful {@code equals}, read before and after
     * each request (e.g. {@link DatabaseState} of the rows the caller's firm has).
     */
    public FuzzTarget state(Supplier<?> probe) {
        this.state = Objects.requireNonNull(probe);
        return this;
    }

    /** How the service's OpenAPI document names the operation, e.g. {@code POST /api/v1/clients}. */
    public String operation() {
        return method + " " + pathTemplate;
    }

    String path(Map<String, String> values) {
        String path = pathTemplate;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        if (path.contains("{")) {
            throw new IllegalStateException(operation() + ": give every path parameter a value with with(…)");
        }
        return path;
    }

    @Override
    public String toString() {
        return operation();
    }
}
