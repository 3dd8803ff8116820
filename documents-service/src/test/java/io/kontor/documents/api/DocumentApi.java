package io.kontor.documents.api;

import io.kontor.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** What the client and document tests do over and over, through the public HTTP API only. */
final class DocumentApi {

    private DocumentApi() {
    }

    static String newPartner() {
        return "partner-" + UUID.randomUUID();
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).accept(ContentType.JSON);
    }

    /** The accountant every client of {@link #createClient} is assigned to. */
    static final String ACCOUNTANT = "user-anna";

    static String accountant(String partner) {
        return TestTokens.tokenForUser(partner, ACCOUNTANT, "accountant");
    }

    static String createClient(String partner) {
        return createClient(TestTokens.partnerAdmin(partner), "Client " + UUID.randomUUID(), "BE0123456749");
    }

    /** A client with the country its VAT number names, assigned to {@link #ACCOUNTANT}. */
    static String createClient(String token, String name, String vatNumber) {
        return as(token).contentType(ContentType.JSON)
                .body(Map.of("name", name, "vatNumber", vatNumber, "country", vatNumber.substring(0, 2),
                        "accountantIds", List.of(ACCOUNTANT)))
                .post("/api/v1/clients")
                .then().statusCode(201)
                .extract().path("id");
    }

    static String documentsOf(String clientId) {
        return "/api/v1/clients/" + clientId + "/documents";
    }

    /**
     * Uploads {@code bytes} as the file part, claiming a misleading Content-Type on purpose: the server must sniff.
     */
    static Response upload(String token, String clientId, String type, String fileName, byte[] bytes,
                           Map<String, String> parts) {
        RequestSpecification request = as(token).multiPart("file", fileName, bytes, "text/plain");
        if (type != null) {
            request.multiPart("type", type);
        }
        parts.forEach(request::multiPart);
        return request.post(documentsOf(clientId));
    }

    static Response upload(String token, String clientId, String type, String fileName, byte[] bytes) {
        return upload(token, clientId, type, fileName, bytes, Map.of());
    }

    static byte[] sample(String name) {
        try (InputStream in = DocumentApi.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] uniqueBytes(String label) {
        return (label + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
