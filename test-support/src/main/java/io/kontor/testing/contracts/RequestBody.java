package io.kontor.testing.contracts;

import io.restassured.specification.RequestSpecification;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What an operation of the isolation matrix is sent: nothing, JSON, a file upload or raw bytes of a media type. */
public final class RequestBody {

    private final String contentType;
    private final Object content;
    private final Map<String, String> formFields;

    private RequestBody(String contentType, Object content, Map<String, String> formFields) {
        this.contentType = contentType;
        this.content = content;
        this.formFields = formFields;
    }

    public static RequestBody none() {
        return new RequestBody(null, null, Map.of());
    }

    /** @param json a String of JSON, or anything Jackson writes as JSON */
    public static RequestBody json(Object json) {
        return new RequestBody("application/json", json, Map.of());
    }

    public static RequestBody of(String contentType, String text) {
        return new RequestBody(contentType, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** A multipart form with one file part named {@code file} and the given text fields. */
    public static RequestBody upload(String fileName, byte[] bytes, Map<String, String> fields) {
        return new RequestBody("multipart/form-data", new Upload(fileName, bytes), Map.copyOf(fields));
    }

    RequestSpecification applyTo(RequestSpecification request) {
        if (content instanceof Upload upload) {
            request.multiPart("file", upload.fileName(), upload.bytes());
            formFields.forEach(request::multiPart);
            return request;
        }
        if (content instanceof byte[] bytes) {
            request.contentType(contentType).body(bytes);
        } else if (content != null) {
            request.contentType(contentType).body(content);
        }
        return request;
    }

    private record Upload(String fileName, byte[] bytes) {
    }
}
