package io.kontor.documents.api;

import io.kontor.documents.StoredFile;
import io.kontor.documents.service.DocumentContentService.Original;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Base64;

/** The response that carries an original: the exact bytes, streamed, with headers that describe them. */
final class OriginalResponses {

    private OriginalResponses() {
    }

    static Response of(Original original) {
        StoredFile file = original.file();
        StreamingOutput body = out -> original.bytes().writeTo(out);
        return Response.ok(body, file.mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, file.sizeBytes())
                .header("Content-Disposition", attachment(file.fileName()))
                // The media type was sniffed by us; a browser must not second-guess it into something executable.
                .header("X-Content-Type-Options", "nosniff")
                // Originals never change, so their hash is a perfect entity tag (RFC 9530 digest as well).
                .header(HttpHeaders.ETAG, "\"" + file.sha256() + "\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder()
                        .encodeToString(HexFormat.of().parseHex(file.sha256())) + ":")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=0, must-revalidate")
                .build();
    }

    /**
     * RFC 6266: an ASCII fallback name for old clients and the exact name in {@code filename*} (RFC 8187), so a
     * name like {@code Rechnung März.pdf} survives the round trip.
     */
    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        // URLEncoder is for forms: it writes a space as "+" and leaves "*" alone, neither of which RFC 8187 allows.
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
