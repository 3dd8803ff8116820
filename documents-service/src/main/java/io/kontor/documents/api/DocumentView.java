package io.kontor.documents.api;

import io.kontor.documents.Document;
import io.kontor.documents.DocumentDetails;
import io.kontor.documents.DocumentFlag;
import io.kontor.documents.StoredFile;
import io.kontor.events.EventJson;
import io.kontor.events.documents.DocumentType;
import io.kontor.formats.InvoiceFacts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Document", description = "A client's document: the facts of its immutable original and its "
        + "current metadata.")
public record DocumentView(
        UUID id,
        UUID clientId,
        @Schema(description = "The folder") DocumentType type,
        @Schema(description = "The name it was uploaded under") String fileName,
        @Schema(description = "Sniffed from the bytes at upload; the uploader's Content-Type is not used",
                examples = "application/pdf") String mediaType,
        long sizeBytes,
        @Schema(description = "SHA-256 of the original, lower-case hex") String sha256,
        Instant createdAt,
        @Schema(description = "The user (token subject) who uploaded it") String createdBy,
        @Schema(description = "Metadata version: 1 at upload, one more per edit") int version,
        Instant updatedAt,
        String updatedBy,
        @Schema(description = "An earlier document of the client with the same counterparty, document number and "
                + "gross amount; absent when there is none") UUID possibleDuplicateOf,
        DocumentDetails metadata,
        @Schema(description = "What the file was read as: UBL_INVOICE, UBL_CREDIT_NOTE, CII_INVOICE, "
                + "HYBRID_PDF_INVOICE, CAMT053, CODA, PDF, IMAGE, OTHER_XML or UNKNOWN", nullable = true)
        String format,
        @Schema(description = "What a person should look at: a folder or field that contradicts the file "
                + "(type-contradicts-file, field-contradicts-file), input refused as unsafe or broken")
        List<DocumentFlag> flags,
        @Schema(description = "An e-invoice's facts exactly as read from it (seller, buyer, buyer reference / "
                + "Leitweg-ID, credit note, totals); absent for anything else", nullable = true)
        InvoiceFacts invoice) {

    static DocumentView of(Document document) {
        StoredFile file = document.file();
        return new DocumentView(document.id(), document.clientId(), document.type(), file.fileName(),
                file.mediaType(), file.sizeBytes(), file.sha256(), document.createdAt(), document.createdBy(),
                document.version(), document.updatedAt(), document.updatedBy(), document.possibleDuplicateOf(),
                document.details(), document.format(), document.flags(), invoiceOf(document));
    }

    private static InvoiceFacts invoiceOf(Document document) {
        return document.invoice() == null ? null
                : EventJson.read(document.invoice().getBytes(StandardCharsets.UTF_8), InvoiceFacts.class);
    }
}
