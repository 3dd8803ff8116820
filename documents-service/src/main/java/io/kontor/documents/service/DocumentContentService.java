package io.kontor.documents.service;

import io.kontor.documents.Document;
import io.kontor.documents.DocumentNotFound;
import io.kontor.documents.StoredFile;
import io.kontor.documents.config.DocumentsConfig;
import io.kontor.documents.repository.ContentStore;
import io.kontor.documents.repository.DocumentRepository;
import io.kontor.downloadlinks.LinkTarget;
import io.kontor.problem.InvalidInput;
import io.kontor.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Hands out originals: to a caller with a token, and to anyone holding a signed, unexpired download link. */
@ApplicationScoped
public class DocumentContentService {

    private final DocumentQueryService queries;
    private final DocumentRepository documents;
    private final ContentStore contents;
    private final DownloadLinkSigner signer;
    private final DocumentsConfig config;

    DocumentContentService(DocumentQueryService queries, DocumentRepository documents, ContentStore contents,
                           DownloadLinkSigner signer, DocumentsConfig config) {
        this.queries = queries;
        this.documents = documents;
        this.contents = contents;
        this.signer = signer;
        this.config = config;
    }

    public Original original(String partnerId, UUID clientId, UUID documentId) {
        return originalOf(queries.document(partnerId, clientId, documentId));
    }

    /** The original a download link grants. The link's document must still exist under the same partner. */
    public Original linkedOriginal(String token) {
        LinkTarget target = signer.verify(token, Instant.now());
        return originalOf(documents.findForClient(target.partnerId(), target.clientId(), target.documentId())
                .orElseThrow(() -> new DocumentNotFound(target.clientId(), target.documentId())));
    }

    /**
     * Signs a link to the original.
     *
     * @param ttl how long it stays valid; null for the configured default
     */
    public DownloadLink createDownloadLink(String partnerId, UUID clientId, UUID documentId, Duration ttl) {
        Document document = queries.document(partnerId, clientId, documentId);
        Duration validity = ttl == null ? config.downloadLinks().defaultTtl() : ttl;
        Duration max = config.downloadLinks().maxTtl();
        if (validity.toSeconds() < 1 || validity.compareTo(max) > 0) {
            throw new InvalidInput("validation-failed", "Request validation failed",
                    "Fix these fields and send the request again: ttlSeconds.",
                    List.of(new Violation("ttlSeconds", "must be between 1 and " + max.toSeconds())));
        }
        Instant expiresAt = Instant.now().plus(validity).truncatedTo(ChronoUnit.SECONDS);
        String token = signer.sign(new LinkTarget(partnerId, clientId, document.id()), expiresAt);
        return new DownloadLink(token, expiresAt);
    }

    private Original originalOf(Document document) {
        StoredFile file = document.file();
        return new Original(file, out -> contents.copyTo(document.id(), file.sizeBytes(), out));
    }

    /** An original ready to be streamed: its facts for the response headers, and a way to write its bytes. */
    public record Original(StoredFile file, BytesWriter bytes) {
    }

    @FunctionalInterface
    public interface BytesWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    public record DownloadLink(String token, Instant expiresAt) {
    }
}
