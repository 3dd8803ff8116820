package io.kontor.documents.service;

import io.kontor.audit.AuditTrail;
import io.kontor.documents.Client;
import io.kontor.documents.ClientIsArchived;
import io.kontor.documents.ClientNotFound;
import io.kontor.documents.Document;
import io.kontor.documents.DocumentDetails;
import io.kontor.documents.DocumentRevision;
import io.kontor.documents.DuplicateDocument;
import io.kontor.documents.EmptyFile;
import io.kontor.documents.FileTooLarge;
import io.kontor.documents.StoredFile;
import io.kontor.documents.config.DocumentsConfig;
import io.kontor.documents.intake.IntakeDecision;
import io.kontor.documents.messaging.DocumentEvents;
import io.kontor.documents.repository.ClientRepository;
import io.kontor.documents.repository.ContentStore;
import io.kontor.documents.repository.DocumentRepository;
import io.kontor.documents.repository.DocumentRevisionRepository;
import io.kontor.formats.ReadDocument;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

/**
 * Stores a new document: the original, its metadata (version 1) and {@code kontor.document.created.v1}, all in
 * one transaction, or nothing at all.
 */
@ApplicationScoped
public class DocumentUploadService {

    private final ClientRepository clients;
    private final DocumentRepository documents;
    private final DocumentRevisionRepository revisions;
    private final ContentStore contents;
    private final OriginalInspector inspector;
    private final DuplicateDetector duplicates;
    private final DocumentEvents events;
    private final DocumentsConfig config;
    private final OriginalReading reading;
    private final StatementKeeper statements;
    private final AuditTrail audit;
    private final MeterRegistry metrics;

    DocumentUploadService(ClientRepository clients, DocumentRepository documents,
                          DocumentRevisionRepository revisions, ContentStore contents, OriginalInspector inspector,
                          DuplicateDetector duplicates, DocumentEvents events, DocumentsConfig config,
                          OriginalReading reading, StatementKeeper statements, AuditTrail audit,
                          MeterRegistry metrics) {
        this.metrics = metrics;
        this.clients = clients;
        this.documents = documents;
        this.revisions = revisions;
        this.contents = contents;
        this.inspector = inspector;
        this.duplicates = duplicates;
        this.events = events;
        this.config = config;
        this.reading = reading;
        this.statements = statements;
        this.audit = audit;
    }

    /**
     * Reads the original to establish its facts and what it says (outside any transaction: hashing and parsing 25 MB
     * hold no connection), then stores everything in one transaction.
     */
    public Document uploadDocument(String partnerId, String userId, UUID clientId, UploadCommand upload) {
        long size = sizeOf(upload.original());
        if (size == 0) {
            throw new EmptyFile();
        }
        long limit = config.upload().maxFileSize().asLongValue();
        if (size > limit) {
            throw new FileTooLarge(size, limit);
        }
        StoredFile file = inspector.inspect(upload.original().file(), upload.original().fileName());
        ReadDocument read = reading.read(upload.original().file());
        Document document = QuarkusTransaction.requiringNew()
                .call(() -> store(partnerId, userId, clientId, upload, file, read));
        // Counted once committed; by folder only, a fixed list of five (never by firm or client).
        Counter.builder("kontor.documents.uploaded").description("Documents uploaded and stored, by folder")
                .tag("type", document.type().name())
                .register(metrics).increment();
        return document;
    }

    private Document store(String partnerId, String userId, UUID clientId, UploadCommand upload, StoredFile file,
                           ReadDocument read) {
        // A shared lock: the client cannot be archived while the document goes in, other uploads go on.
        Client client = clients.findForShare(partnerId, clientId).orElseThrow(() -> new ClientNotFound(clientId));
        if (client.archived()) {
            throw new ClientIsArchived(clientId);
        }
        documents.lockUploadsOf(clientId, file.sha256());
        if (!upload.allowDuplicate()) {
            duplicates.sameBytes(clientId, file.sha256()).ifPresent(existing -> {
                throw new DuplicateDocument(existing);
            });
        }
        IntakeDecision decision = IntakeDecision.decide(upload.type(), upload.details(), read, client.vatNumber());
        Document document = Document.upload(partnerId, clientId, decision.type(), file, decision.details(), userId,
                Timestamps.now());
        document.recordReading(read.format().name(), reading.invoiceJson(read), decision.flags());
        document.markPossibleDuplicateOf(duplicates.possibleDuplicateOf(clientId, decision.details(), null));
        documents.persist(document);
        revisions.persist(DocumentRevision.of(document, DocumentDetails.NONE.fieldsChangedIn(decision.details())));
        statements.keep(document, read.statements());
        documents.flush();
        contents.store(document.id(), upload.original().file(), file.sizeBytes());
        events.created(document);
        audit.record("document.uploaded", clientId, "clients/" + clientId + "/documents/" + document.id(),
                Map.of("type", document.type().name(), "fileName", file.fileName(), "sha256", file.sha256(),
                        "sizeBytes", file.sizeBytes()));
        return document;
    }

    private static long sizeOf(UploadedOriginal original) {
        try {
            return Files.size(original.file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }
}
