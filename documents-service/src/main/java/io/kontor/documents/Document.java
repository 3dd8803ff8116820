package io.kontor.documents;

import io.kontor.events.documents.DocumentType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A client's document in one of the five folders. The original (its bytes, size, hash, media type) never changes
 * after upload; the metadata can be edited, and each edit is a new version recorded as a {@link DocumentRevision}.
 */
@Entity
@Table(name = "document")
public class Document {

    @Id
    private UUID id;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private String partnerId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, updatable = false)
    private DocumentType type;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, updatable = false)
    private String sha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @Column(name = "document_number")
    private String documentNumber;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "counterparty_name")
    private String counterpartyName;

    @Column(name = "counterparty_vat")
    private String counterpartyVat;

    @Column(name = "currency")
    private String currency;

    @Column(name = "net_amount")
    private BigDecimal netAmount;

    @Column(name = "tax_amount")
    private BigDecimal taxAmount;

    @Column(name = "gross_amount")
    private BigDecimal grossAmount;

    @Column(name = "note")
    private String note;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "format", updatable = false)
    private String format;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "flags", nullable = false)
    private List<DocumentFlag> flags = new ArrayList<>();

    // The e-invoice's facts exactly as read (seller and buyer, buyer reference, credit note …), as JSON text.
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "invoice", updatable = false)
    private String invoice;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "possible_duplicate_of")
    private UUID possibleDuplicateOf;

    /** Maintained by PostgreSQL (a generated column) for free-text search; never written from here. */
    @Column(name = "search_text", insertable = false, updatable = false)
    private String searchText;

    /** The issue date as folders sort it (DocumentSort.MISSING_DATE when there is none); generated, indexed (V6). */
    @Column(name = "issue_date_sort", insertable = false, updatable = false)
    private LocalDate issueDateSort;

    /** The gross amount as folders sort it (DocumentSort.MISSING_AMOUNT when there is none); generated, indexed (V6). */
    @Column(name = "gross_amount_sort", insertable = false, updatable = false)
    private BigDecimal grossAmountSort;

    protected Document() {
    }

    public static Document upload(String partnerId, UUID clientId, DocumentType type, StoredFile file,
                                  DocumentDetails details, String userId, Instant now) {
        Document document = new Document();
        document.id = UUID.randomUUID();
        document.partnerId = Objects.requireNonNull(partnerId, "partnerId");
        document.clientId = Objects.requireNonNull(clientId, "clientId");
        document.type = Objects.requireNonNull(type, "type");
        document.fileName = file.fileName();
        document.mediaType = file.mediaType();
        document.sizeBytes = file.sizeBytes();
        document.sha256 = file.sha256();
        document.createdAt = now;
        document.createdBy = userId;
        document.apply(details);
        document.version = 1;
        document.updatedAt = now;
        document.updatedBy = userId;
        return document;
    }

    /**
     * Replaces the metadata with {@code details}.
     *
     * @return the names of the fields that changed; empty when nothing did, and then the version stays
     */
    public List<String> revise(DocumentDetails details, String userId, Instant now) {
        List<String> changed = details().fieldsChangedIn(details);
        if (!changed.isEmpty()) {
            apply(details);
            version++;
            updatedAt = now;
            updatedBy = userId;
        }
        return changed;
    }

    /** Records the earlier document these metadata suggest this one repeats; null when there is none (any more). */
    /**
     * Records what the file itself says: its format, an e-invoice's facts (JSON, as read) and the flags the reading
     * raised. Only at upload: the original never changes, so neither does what it says.
     */
    public void recordReading(String format, String invoiceJson, List<DocumentFlag> readingFlags) {
        this.format = format;
        this.invoice = invoiceJson;
        this.flags = new ArrayList<>(readingFlags);
    }

    public void markPossibleDuplicateOf(UUID earlierDocumentId) {
        if (id.equals(earlierDocumentId)) {
            throw new IllegalArgumentException("a document cannot duplicate itself");
        }
        possibleDuplicateOf = earlierDocumentId;
    }

    public DocumentDetails details() {
        return new DocumentDetails(documentNumber, issueDate, dueDate, counterpartyName, counterpartyVat, currency,
                netAmount, taxAmount, grossAmount, note);
    }

    public StoredFile file() {
        return new StoredFile(fileName, mediaType, sizeBytes, sha256);
    }

    private void apply(DocumentDetails details) {
        documentNumber = details.documentNumber();
        issueDate = details.issueDate();
        dueDate = details.dueDate();
        counterpartyName = details.counterpartyName();
        counterpartyVat = details.counterpartyVat();
        currency = details.currency();
        netAmount = details.netAmount();
        taxAmount = details.taxAmount();
        grossAmount = details.grossAmount();
        note = details.note();
    }

    public UUID id() {
        return id;
    }

    public String partnerId() {
        return partnerId;
    }

    public UUID clientId() {
        return clientId;
    }

    public DocumentType type() {
        return type;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public int version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public String format() {
        return format;
    }

    public List<DocumentFlag> flags() {
        return List.copyOf(flags);
    }

    /** The e-invoice's facts as read, JSON; null for anything else. */
    public String invoice() {
        return invoice;
    }

    public UUID possibleDuplicateOf() {
        return possibleDuplicateOf;
    }
}
