package io.kontor.documents.service;

import io.kontor.audit.AuditTrail;
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
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Hands out originals: to a caller with a token, and to anyone holding a signed, unexpired download link. */
@ApplicationScoped
public class DocumentContentService {

    private static final String DOWNLOADED = "document.original-downloaded";

    private final DocumentQueryService queries;
    private final DocumentRepository documents;
    private final ContentStore contents;
    private final DownloadLinkSigner signer;
    private final DocumentsConfig config;
    private final AuditTrail audit;

    DocumentContentService(DocumentQueryService queries, DocumentRepository documents, ContentStore contents,
                           DownloadLinkSigner signer, DocumentsConfig config, AuditTrail audit) {
        this.queries = queries;
        this.documents = documents;
        this.contents = contents;
        this.signer = signer;
        this.config = config;
        this.audit = audit;
    }

    /** The original, for the caller; the download is on the audit trail (GoBD: who saw the record). */
    @Transactional
    public Original original(String partnerId, UUID clientId, UUID documentId) {
        Document document = queries.document(partnerId, clientId, documentId);
        audit.record(DOWNLOADED, clientId, subject(document), Map.of("sha256", document.file().sha256()));
        return originalOf(document);
    }

    /**
     * The original a download link grants. The link's document must still exist under the same partner. The
     * download is on the trail too, as the link's: the link names the firm, not the person holding it.
     */
    @Transactional
    public Original linkedOriginal(String token) {
        LinkTarget target = signer.verify(token, Instant.now());
        Document document = documents.findForClient(target.partnerId(), target.clientId(), target.documentId())
                .orElseThrow(() -> new DocumentNotFound(target.clientId(), target.documentId()));
        audit.recordAs(target.partnerId(), "download-link", DOWNLOADED, target.clientId(), subject(document),
                Map.of("sha256", document.file().sha256()));
        return originalOf(document);
    }

    /**
     * Signs a link to the original.
     *
     * @param ttl how long it stays valid; null for the configured default
     */
    @Transactional
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
        audit.record("document.download-link-created", clientId, subject(document),
                Map.of("expiresAt", expiresAt.toString()));
        return new DownloadLink(token, expiresAt);
    }

    private static String subject(Document document) {
        return "clients/" + document.clientId() + "/documents/" + document.id();
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
