package com.example.kontor.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * documents-service as a connector uses it: ask for a signed download link with the firm's token, then fetch the
 * original through the link alone. The link is what a connector would hand on to another system (a mail, a queue):
 * it works without a token until it expires.
 */
class DocumentsApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI documentsUrl;
    private final String token;

    DocumentsApi(URI documentsUrl, String token) {
        this.documentsUrl = documentsUrl;
        this.token = token;
    }

    /** The bytes of an original, counted and hashed as they stream by: an original can be 25 MB. */
    record Original(long sizeBytes, String sha256) {
    }

    /** {@code POST /api/v1/clients/{clientId}/documents/{documentId}/download-link}, 201 {@code {url, expiresAt}}. */
    URI downloadLink(String clientId, String documentId) throws OriginalUnavailable {
        URI uri = URI.create(documentsUrl.toString().replaceAll("/+$", "") + "/api/v1/clients/" + clientId
                + "/documents/" + documentId + "/download-link");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray(), "the link request");
        int status = response.statusCode();
        if (status != 201) {
            // 401 and 403 are this connector's token (expired, or without a role that may): the document is fine,
            // so it waits for a better token rather than being skipped. 404: gone, or another firm's.
            String hint = status == 401 || status == 403 ? " (is the token valid, for this firm, with a role?)" : "";
            throw new OriginalUnavailable("documents-service answered the link request with " + status + hint,
                    status == 401 || status == 403 || transientStatus(status));
        }
        try {
            JsonNode link = json.readTree(response.body());
            return URI.create(link.path("url").asText());
        } catch (IOException | IllegalArgumentException e) {
            throw new OriginalUnavailable("documents-service answered the link request with no usable url", false);
        }
    }

    /** {@code GET <link>}, with no token: the signature in the link is the credential. */
    Original download(URI link) throws OriginalUnavailable {
        HttpRequest request = HttpRequest.newBuilder(link).timeout(TIMEOUT).GET().build();
        HttpResponse<InputStream> response = send(request, HttpResponse.BodyHandlers.ofInputStream(), "the download");
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status != 200) {
                // 410: the link expired before it was used; the next try asks for a new one. 403: the link was
                // altered; 404: the document is gone.
                throw new OriginalUnavailable("documents-service answered the download with " + status,
                        status == 410 || transientStatus(status));
            }
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (DigestInputStream in = new DigestInputStream(body, sha256)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                    size += read;
                }
            }
            return new Original(size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new OriginalUnavailable("the download broke off: " + e, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body, String what)
            throws OriginalUnavailable {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new OriginalUnavailable(what + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OriginalUnavailable(what + " was interrupted", e);
        }
    }

    private static boolean transientStatus(int status) {
        return status == 408 || status == 429 || status >= 500;
    }
}
