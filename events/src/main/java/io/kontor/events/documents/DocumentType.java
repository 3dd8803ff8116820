package io.kontor.events.documents;

/** The five folders of a client's documents (DESIGN.md §1). */
public enum DocumentType {
    PURCHASE_INVOICE,
    SALES_INVOICE,
    PURCHASE_RECEIPT,
    MOVEMENT_REPORT,
    OTHER
}
