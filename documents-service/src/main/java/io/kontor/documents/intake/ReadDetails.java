package io.kontor.documents.intake;

import io.kontor.documents.DocumentDetails;
import io.kontor.events.documents.DocumentType;
import io.kontor.formats.InvoiceFacts;
import io.kontor.formats.Party;

/**
 * An invoice's facts in the document's metadata terms: the counterparty is the other side from the client's point
 * of view — the seller of a purchase invoice, the buyer of a sales invoice.
 */
public final class ReadDetails {

    private ReadDetails() {
    }

    public static DocumentDetails of(InvoiceFacts invoice, DocumentType type) {
        Party counterparty = type == DocumentType.SALES_INVOICE ? invoice.buyer() : invoice.seller();
        return new DocumentDetails(invoice.invoiceNumber(), invoice.issueDate(), invoice.dueDate(),
                counterparty == null ? null : counterparty.name(), counterparty == null ? null : counterparty.vatId(),
                invoice.currency(), invoice.netTotal(), invoice.taxTotal(), invoice.grossTotal(), null);
    }
}
