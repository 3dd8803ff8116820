package io.kontor.sync.connector.email;

import io.kontor.sync.connector.DeliveryOutcome.Verdict;
import io.kontor.sync.connector.ErrorClass;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Fetches a document's original through the signed link of the delivery's payload, as a webhook receiver would,
 * and checks it against the document's SHA-256: what is attached is the original byte for byte or nothing. The
 * link is the worker's own (KONTOR_SYNC_DOWNLOAD_LINKS_BASE_URL), never a client's input, so it needs no SSRF guard.
 */
class OriginalFetcher {

    /** What most mail systems accept in one message; base64 makes the mail a third larger still. */
    static final long MAX_BYTES = 25L * 1024 * 1024;

    private final HttpClient client;
    private final Duration timeout;

    OriginalFetcher(Duration connectTimeout, Duration timeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = timeout;
    }

    byte[] fetch(MailedDocument document) throws EmailFailed, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(document.downloadUrl()).timeout(timeout).GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                refuseUnlessOk(response.statusCode());
                byte[] bytes = body.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new EmailFailed(Verdict.FAILED, ErrorClass.ORIGINAL_UNAVAILABLE,
                            "the original is larger than " + MAX_BYTES / (1024 * 1024) + " MB, too large to mail");
                }
                checkSha256(bytes, document.sha256());
                return bytes;
            }
        } catch (HttpTimeoutException e) {
            throw unavailable(ErrorClass.TIMEOUT, "timed out");
        } catch (ConnectException e) {
            throw unavailable(ErrorClass.CONNECTION, "cannot connect: " + e.getMessage());
        } catch (IOException e) {
            throw unavailable(ErrorClass.CONNECTION, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * A link the worker signed a moment ago is refused for good only when the document is gone; a refusal of the
     * link itself (a key that differs from documents-service's) is the operator's to fix, and worth waiting for.
     */
    private static void refuseUnlessOk(int status) throws EmailFailed {
        if (status == 200) {
            return;
        }
        if (status == 404 || status == 410) {
            throw new EmailFailed(Verdict.FAILED, ErrorClass.ORIGINAL_UNAVAILABLE,
                    "documents-service has no original for this document (HTTP " + status + ")");
        }
        throw unavailable(ErrorClass.ORIGINAL_UNAVAILABLE, "documents-service answered HTTP " + status);
    }

    private static void checkSha256(byte[] bytes, String expected) throws EmailFailed {
        String actual;
        try {
            actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        if (!actual.equalsIgnoreCase(expected)) {
            throw unavailable(ErrorClass.ORIGINAL_UNAVAILABLE,
                    "the bytes fetched are not the original's (SHA-256 " + actual + ", expected " + expected + ")");
        }
    }

    private static EmailFailed unavailable(ErrorClass errorClass, String why) {
        return new EmailFailed(Verdict.RETRY, errorClass, "fetching the original from documents-service failed: "
                + why);
    }
}
