package io.kontor.documents;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One statement read from a bank statement file (a CAMT.053 file may hold several), with its entries. */
@Entity
@Table(name = "bank_statement")
public class BankStatement {

    @Id
    private UUID id;

    @Column(name = "document_id", nullable = false, updatable = false)
    private UUID documentId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "iban", updatable = false)
    private String iban;

    @Column(name = "currency", updatable = false)
    private String currency;

    @Column(name = "statement_id", updatable = false)
    private String statementId;

    @Column(name = "sequence_number", updatable = false)
    private Long sequenceNumber;

    @Column(name = "period_from", updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", updatable = false)
    private LocalDate periodTo;

    @Column(name = "opening_balance", updatable = false)
    private BigDecimal openingBalance;

    @Column(name = "closing_balance", updatable = false)
    private BigDecimal closingBalance;

    @Column(name = "entry_count", nullable = false, updatable = false)
    private int entryCount;

    // Values of the statement, in the bank's order; read only when a statement is opened, never when listing.
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "bank_statement_entry", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "position")
    private List<BankStatementEntry> entries = new ArrayList<>();

    protected BankStatement() {
    }

    public BankStatement(UUID documentId, UUID clientId, int position, String iban, String currency,
                         String statementId, Long sequenceNumber, LocalDate periodFrom, LocalDate periodTo,
                         BigDecimal openingBalance, BigDecimal closingBalance) {
        this.id = UUID.randomUUID();
        this.documentId = documentId;
        this.clientId = clientId;
        this.position = position;
        this.iban = iban;
        this.currency = currency;
        this.statementId = statementId;
        this.sequenceNumber = sequenceNumber;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.openingBalance = openingBalance;
        this.closingBalance = closingBalance;
    }

    public void addEntry(BankStatementEntry entry) {
        entries.add(entry);
        entryCount = entries.size();
    }

    public List<BankStatementEntry> entries() {
        return List.copyOf(entries);
    }

    public UUID id() {
        return id;
    }

    public UUID documentId() {
        return documentId;
    }

    public int position() {
        return position;
    }

    public String iban() {
        return iban;
    }

    public String currency() {
        return currency;
    }

    public String statementId() {
        return statementId;
    }

    public Long sequenceNumber() {
        return sequenceNumber;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public BigDecimal openingBalance() {
        return openingBalance;
    }

    public BigDecimal closingBalance() {
        return closingBalance;
    }

    public int entryCount() {
        return entryCount;
    }
}
