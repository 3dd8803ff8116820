package io.kontor.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.kontor.testing.fuzz.HostileInputs.Named;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/** Turns the catalog of {@link HostileInputs} into requests against one target: each part of a valid call broken. */
final class Attacks {

    static final String BOUNDARY = "kontor-fuzz-boundary";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLACEHOLDER = "\"__kontor_fuzz__\"";

    private Attacks() {
    }

    /** Every attack of the catalog that fits the target. */
    static List<Attack> on(FuzzTarget target, long maxBodyBytes) {
        List<Attack> attacks = new ArrayList<>();
        pathAttacks(target, attacks::add);
        queryAttacks(target, attacks::add);
        contentTypeAttacks(target, attacks::add);
        switch (target.kind) {
            case JSON -> jsonAttacks(target, maxBodyBytes, attacks::add);
            case MULTIPART -> multipartAttacks(target, attacks::add);
            case TEXT -> textAttacks(target, attacks::add);
            case NONE -> {
            }
        }
        return attacks;
    }

    /** A body one byte over the limit, once with its Content-Length and once streamed in chunks without one. */
    static List<Attack> oversize(FuzzTarget target, long maxBodyBytes) {
        byte[] over = new byte[Math.toIntExact(maxBodyBytes + 1)];
        Arrays.fill(over, (byte) ' ');
        boolean upload = target.kind == FuzzTarget.BodyKind.MULTIPART;
        if (upload) {
            over = multipart(target.formFields, target.fileField, target.fileName.getBytes(StandardCharsets.UTF_8),
                    over);
        }
        String contentType = upload ? "multipart/form-data; boundary=" + BOUNDARY
                : Objects.requireNonNullElse(target.contentType, "application/json");
        List<Attack> attacks = new ArrayList<>();
        for (boolean chunked : new boolean[] {false, true}) {
            String bare = chunked && upload
                    ? "the REST layer reads a streamed upload itself and cuts it off with a bare 413" : null;
            attacks.add(new Attack("a body of " + over.length + " bytes" + (chunked ? ", chunked" : ""),
                    target.method, target.path(target.pathValues), headers(target, contentType), over, chunked,
                    true, bare));
        }
        return attacks;
    }

    private static void pathAttacks(FuzzTarget target, Consumer<Attack> attacks) {
        for (String parameter : target.pathValues.keySet()) {
            for (String garbage : HostileInputs.pathValues()) {
                Map<String, String> values = new LinkedHashMap<>(target.pathValues);
                values.put(parameter, garbage);
                attacks.accept(new Attack("path " + parameter + "=" + RawHttp.abbreviate(garbage), target.method,
                        target.path(values), headers(target, target.contentType), validBody(target), false, true));
            }
        }
    }

    private static void queryAttacks(FuzzTarget target, Consumer<Attack> attacks) {
        List<String> names = new ArrayList<>(target.queryNames);
        names.add("unknownParameter");
        for (String name : names) {
            for (String value : HostileInputs.queryValues()) {
                attacks.accept(new Attack("query " + name + "=" + RawHttp.abbreviate(value), target.method,
                        target.path(target.pathValues) + "?" + name + "=" + value,
                        headers(target, target.contentType), validBody(target), false, false));
            }
        }
    }

    private static void contentTypeAttacks(FuzzTarget target, Consumer<Attack> attacks) {
        byte[] sample = target.kind == FuzzTarget.BodyKind.JSON ? target.body : "{\"a\": 1}".getBytes(
                StandardCharsets.UTF_8);
        for (Map.Entry<String, Named> lie : HostileInputs.contentTypeLies(sample)) {
            if (lie.getKey().equals(target.contentType)) {
                continue;
            }
            // A charset the service ignores is lenient, not wrong; an operation without a body ignores it all.
            boolean mustRefuse = target.kind != FuzzTarget.BodyKind.NONE && !lie.getKey().contains("charset")
                    && !lie.getKey().isEmpty();
            Map<String, String> headers = headers(target, null);
            if (!lie.getKey().isEmpty()) {
                headers.put("Content-Type", lie.getKey());
            }
            attacks.accept(new Attack(lie.getValue().name() + " (Content-Type: " + lie.getKey() + ")",
                    target.method, target.path(target.pathValues), headers, lie.getValue().value(), false,
                    mustRefuse));
        }
    }

    private static void jsonAttacks(FuzzTarget target, long maxBodyBytes, Consumer<Attack> attacks) {
        String path = target.path(target.pathValues);
        for (Named malformed : HostileInputs.malformedJson()) {
            attacks.accept(new Attack("body: " + malformed.name(), target.method, path,
                    headers(target, target.contentType), malformed.value(), false, true));
        }
        JsonNode valid = readJson(target.body);
        for (String member : members(valid)) {
            for (Named value : HostileInputs.jsonValues()) {
                attacks.accept(new Attack("body " + member + " = " + value.name(), target.method, path,
                        headers(target, target.contentType), replaced(valid, member, value.value()), false, false));
            }
        }
        byte[] bom = concat(HostileInputs.bytes(0xEF, 0xBB, 0xBF), target.body);
        attacks.accept(new Attack("body with a byte order mark", target.method, path,
                headers(target, target.contentType), bom, false, false));
        Map<String, String> utf16 = headers(target, "application/json; charset=utf-16");
        attacks.accept(new Attack("body in UTF-16", target.method, path, utf16,
                new String(target.body, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16), false, false));
        if (valid.isObject()) {
            ObjectNode many = valid.deepCopy();
            for (int i = 0; i < 20_000; i++) {
                many.put("member" + i, i);
            }
            attacks.accept(new Attack("body with 20,000 unknown members", target.method, path,
                    headers(target, target.contentType), write(many), false, false));
        }
        String firstText = members(valid).stream().filter(member -> valid.at(member).isTextual()).findFirst()
                .orElse(null);
        if (firstText != null) {
            int room = (int) Math.min(maxBodyBytes - target.body.length - 64, 30_000_000);
            byte[] huge = ("\"" + "x".repeat(Math.max(room, 1)) + "\"").getBytes(StandardCharsets.UTF_8);
            attacks.accept(new Attack("body " + firstText + " = a string just below the body limit", target.method,
                    path, headers(target, target.contentType), replaced(valid, firstText, huge), false, false));
        }
    }

    private static void multipartAttacks(FuzzTarget target, Consumer<Attack> attacks) {
        String path = target.path(target.pathValues);
        Map<String, String> headers = headers(target, "multipart/form-data; boundary=" + BOUNDARY);
        byte[] valid = multipart(target.formFields, target.fileField, target.fileName.getBytes(StandardCharsets.UTF_8),
                target.file);
        attacks.accept(new Attack("multipart without its closing boundary", target.method, path, headers,
                Arrays.copyOf(valid, valid.length - BOUNDARY.length() - 6), false, true));
        attacks.accept(new Attack("multipart without parts", target.method, path, headers,
                ("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII), false, true));
        attacks.accept(new Attack("multipart without the file part", target.method, path, headers,
                multipart(target.formFields, null, null, null), false, true));
        byte[] garbage = "--kontor-fuzz-boundary\r\n\r\n\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
        attacks.accept(new Attack("multipart of garbage", target.method, path, headers, garbage, false, true));
        // HTTP clients stream uploads without a Content-Length; such a body is read by another layer first.
        attacks.accept(new Attack("multipart of garbage, chunked", target.method, path, headers, garbage, true,
                true));
        attacks.accept(new Attack("multipart without its closing boundary, chunked", target.method, path, headers,
                Arrays.copyOf(valid, valid.length - BOUNDARY.length() - 6), true, true));
        for (Named name : HostileInputs.fileNames()) {
            attacks.accept(new Attack("file name: " + name.name(), target.method, path, headers,
                    multipart(target.formFields, target.fileField, name.value(), unique(target.file)), false,
                    false));
        }
        for (String field : target.formFields.keySet()) {
            for (Named value : HostileInputs.formValues()) {
                Map<String, byte[]> fields = new LinkedHashMap<>();
                target.formFields.forEach((k, v) -> fields.put(k, v.getBytes(StandardCharsets.UTF_8)));
                fields.put(field, value.value());
                attacks.accept(new Attack("form field " + field + " = " + value.name(), target.method, path,
                        headers, multipartBytes(fields, target.fileField,
                        target.fileName.getBytes(StandardCharsets.UTF_8), unique(target.file)), false, false));
            }
        }
    }

    private static void textAttacks(FuzzTarget target, Consumer<Attack> attacks) {
        String path = target.path(target.pathValues);
        Map<String, String> headers = headers(target, target.contentType);
        String valid = new String(target.body, StandardCharsets.UTF_8);
        String header = valid.lines().findFirst().orElse("");
        List<Named> bodies = new ArrayList<>(List.of(
                Named.of("empty", ""),
                Named.of("only the header", header + "\n"),
                Named.of("a field of 100,000 characters", header + "\n" + "x".repeat(100_000) + "\n"),
                Named.of("an unclosed quote", header + "\n\"a,b\n"),
                Named.of("20,000 columns", header + "\n" + ",".repeat(20_000) + "\n"),
                Named.of("a line of escaped-looking NUL", valid + "\\u0000,\\u0000\n")));
        bodies.add(new Named("a NUL byte", concat(target.body, HostileInputs.bytes('a', 0x00, 'b', '\n'))));
        bodies.add(new Named("invalid UTF-8", concat(target.body, HostileInputs.bytes(0xFF, 0xFE, ',', 0xC3, 0x28,
                '\n'))));
        bodies.add(new Named("binary", HostileInputs.bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0)));
        for (Named body : bodies) {
            attacks.accept(new Attack("body: " + body.name(), target.method, path, headers, body.value(), false,
                    false));
        }
    }

    private static Map<String, String> headers(FuzzTarget target, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (target.token != null) {
            headers.put("Authorization", "Bearer " + target.token);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return headers;
    }

    private static byte[] validBody(FuzzTarget target) {
        return switch (target.kind) {
            case JSON, TEXT -> target.body;
            case MULTIPART -> multipart(target.formFields, target.fileField,
                    target.fileName.getBytes(StandardCharsets.UTF_8), unique(target.file));
            case NONE -> null;
        };
    }

    /** The file with a fresh line appended, so that an upload is never refused only as a duplicate. */
    private static byte[] unique(byte[] file) {
        return concat(file, ("\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] multipart(Map<String, String> fields, String fileField, byte[] fileName, byte[] file) {
        Map<String, byte[]> values = new LinkedHashMap<>();
        fields.forEach((name, value) -> values.put(name, value.getBytes(StandardCharsets.UTF_8)));
        return multipartBytes(values, fileField, fileName, file);
    }

    private static byte[] multipartBytes(Map<String, byte[]> fields, String fileField, byte[] fileName, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(value);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        });
        if (fileField != null) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fileField
                    + "\"; filename=\"").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(fileName);
            out.writeBytes("\"\r\nContent-Type: application/octet-stream\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(file);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** JSON Pointers of every member and element below the root, depth first. */
    private static List<String> members(JsonNode node) {
        List<String> pointers = new ArrayList<>();
        collect(node, "", pointers);
        return pointers;
    }

    private static void collect(JsonNode node, String pointer, List<String> pointers) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = pointer + "/" + field.getKey();
                pointers.add(child);
                collect(field.getValue(), child, pointers);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointers.add(pointer + "/" + i);
                collect(node.get(i), pointer + "/" + i, pointers);
            }
        }
    }

    /** The valid body with the member at {@code pointer} replaced by raw JSON text (which may be invalid on purpose). */
    private static byte[] replaced(JsonNode valid, String pointer, byte[] rawValue) {
        JsonNode copy = valid.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, TextNode.valueOf(PLACEHOLDER.substring(1, PLACEHOLDER.length() - 1)));
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), TextNode.valueOf(PLACEHOLDER.substring(1, PLACEHOLDER.length() - 1)));
        }
        byte[] text = write(copy);
        byte[] placeholder = PLACEHOLDER.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(text, placeholder);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text, 0, at);
        out.writeBytes(rawValue);
        out.write(text, at + placeholder.length, text.length - at - placeholder.length);
        return out.toByteArray();
    }

    private static JsonNode readJson(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    private static byte[] write(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("placeholder not found");
    }
}
